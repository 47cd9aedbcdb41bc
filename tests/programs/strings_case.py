# upper/lower/title/capitalize/swapcase/casefold: Unicode special casing and final sigma
samples = ['hello world', 'Hello World', 'hELLO wORLD', "they're bill's friends", 'ß', 'ﬁsh', 'ﬀ', 'ŉ', 'ǰ', 'ΐ', 'İstanbul',
           'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'aΣ', 'aΣ.', 'aΣb', 'Σ', 'aΣ\u0301', 'aΣ\u0301b', "a'Σ", 'ǅungla', 'ǆ', 'Ǆ', 'ǲ',
           'ԱԲ', 'Ꭰꭰ', '𐐀𐐨', 'ǈ', 'ﬃ', 'ᾳ', 'ᾼ', 'ǉemal', '123abc', 'a1b2', 'ÀÉÎõü', 'éTÉ', 'x\u0345y', 'ß\u0301']
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower())
for bad in [lambda: 'a'.upper(1), lambda: 'a'.lower(x=1), lambda: str.title(1), lambda: str.upper()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
