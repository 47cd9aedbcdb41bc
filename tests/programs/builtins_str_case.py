# Case conversions (upper, lower, capitalize, title, swapcase, casefold), ASCII and beyond.
for s in ["hello World", "ÉCOLE élève", "straße", "ǆemal", "ﬁne", "hello-world_foo bar3x", "ΣΑΣ σας", "İstanbul", ""]:
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print("they're bill's friends".title(), "o'neil mc3d".title(), "ABC".lower().upper())
