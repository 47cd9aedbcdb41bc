# str.format: auto and explicit indexes, keywords, attributes, items, nested specs, conversions.
class P:
    def __init__(self):
        self.x, self.y = 1, 2
print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("a", "b"), "{name}-{n:03d}".format(name="id", n=7))
print("{0.x},{0.y}".format(P()), "{0[1]} {d[k]} {d[0]}".format([9, 8], d={"k": "v", 0: "zero"}))
print("{:>{w}}|".format("r", w=5), "{:{fill}^{w}.{p}f}".format(3.14159, fill="*", w=10, p=2), "{!r:>8}".format("x"))
print("{{}} {{{}}}".format(5), "{0!s} {0!r} {0!a}".format("é"), "{:,}".format(1234567), "{:%}".format(0.25))
for bad in ["{", "}", "{0} {}", "{} {0}", "{2}", "{x}", "{0[}", "{:d}"]:
    try:
        print(bad.format("a", "b") if bad != "{:d}" else bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("{0:{1}}".format(42, "+d"), "{:c}".format(65), "{:5}|{:<5}|{:^5}|{:>5}|".format(1, 2, 3, 4))
print("{a}{b}".format_map({"a": 1, "b": 2}))
