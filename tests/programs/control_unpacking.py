# Unpacking assignments: nested targets, starred targets, swaps, in for-loops, and into attributes/items.
a, b, c = "xyz"
(d, e), f = [1, 2], 3
g, *h, i = range(6)
*j, = (7, 8)
print(a, b, c, d, e, f, g, h, i, j)
for k, (l, m) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, l, m)
first, second = second, first = 1, 2
print(first, second)
class O: pass
o = O()
lst = [0, 0, 0]
o.x, lst[1], lst[-1] = "attr", "item", "last"
print(o.x, lst)
x = y = z = []
x.append(1)
print(y, z is x)
p, q = q, p = 10, 20
print(p, q)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*[1, 2], 3})
