# The is* family of str predicates on ASCII, Unicode digits, fractions, superscripts and empty strings.
samples = ["123", "12.5", "", " ", "\t\n", "abc", "abC", "ABC", "Abc Def", "abc123", "²", "½", "٣", "Ⅻ", "ß", "_id", "1id", "éa",
           "Hello World", "hello World", "\x7f", "é\u200b"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
