# The match statement: literals, captures, sequences, mappings, class patterns, guards, or-patterns, wildcards.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "zero or one"
        case int(n) if n < 0:
            return f"negative {n}"
        case "hello":
            return "greeting"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest]:
            return f"starts {x},{y} then {rest}"
        case {"type": "user", "name": str(name)}:
            return f"user {name}"
        case {"type": t, **others}:
            return f"type {t} with {sorted(others)}"
        case Point(x=0, y=0):
            return "origin"
        case Point(px, py):
            return f"point {px},{py}"
        case str() | bytes():
            return "some text"
        case None:
            return "nothing"
        case _:
            return "other"
for v in [0, 1, -5, 7, "hello", "hi", [9], [1, 2, 3, 4], [1, 2], {"type": "user", "name": "ann"}, {"type": "x", "a": 1, "b": 2},
          Point(0, 0), Point(1, 2), b"x", None, 3.5, []]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
