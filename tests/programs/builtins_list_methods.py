# list methods: append extend insert remove pop index count sort reverse copy clear, and their errors.
l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.extend(range(7, 9))
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l, len(l))
l.remove(99)
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(2), l.index(5, 2), l.count(1), [1, 1, 2, 1].count(1))
c = l.copy()
c.reverse()
print(c, l, c is l)
c.sort()
print(c)
c.clear()
print(c, l)
try:
    l.remove(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    l[100]
except IndexError as e:
    print("IndexError:", e)
try:
    l[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    l["x"]
except TypeError as e:
    print("TypeError:", e)
