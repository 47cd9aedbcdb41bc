# Identity versus equality: `is` on objects, default __eq__, list membership uses identity first.
class O:
    pass
a, b = O(), O()
print(a is a, a is b, a == b, a != b, a in [b, a], a in [b], [a].count(a), [a, b].index(b))
class Never:
    def __eq__(self, o):
        return False
n = Never()
print(n == n, n in [n], [n].count(n), (n,) == (n,))
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, id(x) == id(y), id(x) == id(z))
print(None is None, type(None) is type(None), int is int)
