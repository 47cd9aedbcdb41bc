# format() specs for ints: fill, align, sign, #, 0, grouping with , and _, and the b/o/x/X/c/d/n types.
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^11", "=+10", "+", "-", " ", ",", "_", "010", "010,", "x", "X", "#x", "#X",
             "o", "#o", "b", "#b", "_b", "_x", "#010x", "e", ".2f", "%", "n", ".3e", "c"]:
    try:
        print(repr(spec), repr(format(n if spec != "c" else 9731, spec)), repr(format(-n, spec)) if spec != "c" else "")
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(0, "#b"), format(-1, "#x"), format(2 ** 100, ","), format(-(2 ** 70), "_x"), format(True, "d"), format(5, "+05"))
for bad in ["s", ".2d", ",c", "=s"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
