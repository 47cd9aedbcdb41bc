# ascii() and repr() of non-ASCII text, and %a / !a formatting.
for s in ["plain", "café", "日本", "\x00\t\n", "emoji \U0001F600", "\u00ff\u0100", "quote'\""]:
    print(ascii(s), repr(s), "%a" % s, f"{s!a}")
print(ascii(["é", ("ü",)]), ascii(b"\xff"), ascii(1.5), ascii({"ñ": "ç"}))
