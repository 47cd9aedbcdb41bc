# str.join with lists/tuples/generators, its TypeError, and the strip family with and without chars.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join(str(i) for i in range(5)), "|".join([]), ",".join("abc"))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "www.example.com".lstrip("w."), "file.txt.bak".rstrip(".kab"))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""), "aaa".strip("a") == "")
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "x".removeprefix("y"))
print(repr("\u3000 ideographic space\u3000".strip()), repr("\x1c\x1d data \x1e\x1f".strip()))
