# str.split/rsplit/splitlines/partition/rpartition with separators, maxsplit and whitespace rules.
s = "  a b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","))
print("a::b::c".split("::"), "abc".split("abc"), "x".split("x"), "aaa".split("a"), "1 2 3".rsplit(" ", 1))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb".splitlines(True), "".splitlines(), "x\n".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("a b c".split(" ", -1), "a b c".split(" ", 0))
