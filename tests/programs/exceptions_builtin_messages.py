# Messages of exceptions raised by the runtime for common mistakes.
five, none = 5, None
tests = [
    lambda: [1][5], lambda: (1,)[5], lambda: "x"[5], lambda: {}["k"], lambda: 1 + "a", lambda: "a" + 1,
    lambda: [] + (), lambda: 1 - "a", lambda: "a" * "b", lambda: -"a", lambda: ~1.5, lambda: five[0], lambda: none(),
    lambda: len(5), lambda: iter(5), lambda: int("x"), lambda: undefined_thing, lambda: (1).foo, lambda: None.x,
    lambda: [].pop(), lambda: {}.popitem(), lambda: 1 < "a", lambda: [1] < 1, lambda: {1} < [1], lambda: float("x"),
    lambda: chr(-1), lambda: [1, 2].index(3), lambda: (1, 2, 3)[1:2:0], lambda: "abc".index("z"), lambda: {}[[]],
    lambda: 2 ** "a", lambda: divmod(1, "a"), lambda: abs(None), lambda: list(None), lambda: sorted(5),
    lambda: "%d" % "x", lambda: "{}".format(*[]), lambda: int(None), lambda: object() + 1, lambda: type.mro(5),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
