# str.format edge cases: alignment of strings, truncation, fill characters, nested fields, conversions.
print("[{:>10}] [{:<10}] [{:^10}] [{:*^10}] [{:.3}] [{:10.3}] [{:>{}}]".format("right", "left", "mid", "fill", "truncate", "trunc", "w", 4))
print("{0}{1}{0}".format("ab", "cd"), "{:}".format("empty spec"), "{0!r:^9}".format("q"), "{:=^9}".format("x"))
print("{:s}".format("s"), "{:<5s}|".format("ab"), "{}".format(None), "{:>5}".format(None) if False else "none spec skipped")
for bad, args in [("{:d}", ("x",)), ("{:=5}", ("x",)), ("{:+}", ("x",)), ("{:,}", ("x",)), ("{:#}", ("x",)), ("{:.2d}", (5,))]:
    try:
        print(bad.format(*args))
    except ValueError as e:
        print("ValueError:", e)
print("{:05}".format(-3), "{:0>5}".format(-3), "{:<05}".format(3), "{:x<4}".format(7))
