# is* predicates over ASCII and Unicode characters
samples = ['', 'a', 'abc', 'Abc', 'ABC', 'A1', '123', '١٢٣', '²³', '½', 'Ⅻ', '一二', 'é', 'e\u0301', ' ', '\t\n', '\x1c', '\u00a0', '\u3000',
           '\u200b', '_id', 'a1', '1a', 'a b', 'ǅ', 'ǅa', 'Hello World', 'Hello world', 'HELLO WORLD 1', 'hello!', '\x00', '\x7f', '\xad',
           '\u2028', 'ᾼ', '𝐀', '𝟘', '🎉', 'ⅰ', 'ﬁ', 'Ǆ', 'ῼa', 'Σς', 'ℌ', '\ud800', 'ʰ', 'ـ', '\U000e0001', 'x\u0300', 'A' * 3]
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isalnum', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
for s in samples:
    print(repr(s), ' '.join(n[2:] for n in names if getattr(s, n)()))
for cp in range(0, 0x3100, 7):
    c = chr(cp)
    bits = [c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isspace(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isprintable()]
    if True in bits[:9] or not bits[9]:
        print(cp, ''.join('1' if b else '0' for b in bits), repr(c.upper()), repr(c.lower()))
