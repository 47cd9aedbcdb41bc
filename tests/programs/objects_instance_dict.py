# Instance __dict__: direct edits, vars(), attribute order, many attributes, and deletion.
class Rec:
    pass
r = Rec()
for i in range(20):
    setattr(r, f"a{i}", i * i)
print(len(vars(r)), r.a7, list(vars(r))[:5])
r.__dict__["direct"] = "yes"
print(r.direct)
for i in range(0, 20, 2):
    delattr(r, f"a{i}")
print(list(vars(r)))
r.a0 = "back"
print(list(vars(r))[-2:], r.a0)
other = Rec()
other.__dict__.update({"x": 1, "y": 2})
print(other.x + other.y, vars(other))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
