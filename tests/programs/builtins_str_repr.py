# repr of strings: quote choice, escapes, control characters, non-ASCII and non-printable code points.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\r", "back\\slash", "\x00\x07\x1b\x7f",
          "é ü ß", "日本", "\u200b zero-width", "\xa0nbsp", "\U0001F600", "\ud800", "\x85", "\u2028", "'"]:
    print(repr(s), ascii(s))
print(repr(["a'b", 'c"d']), str("q'"), [repr("x")])
