# Floor division, modulo and divmod on ints of every sign combination.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (6, -3), (1, 7), (-1, 7), (1, -7)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {divmod(a, b)}")
    assert (a // b) * b + a % b == a
big = 10 ** 30
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (7, big), (-7, big), (7, -big), (big + 1, big), (-big - 1, big)]:
    q, r = divmod(a, b)
    print(q, r, a // b == q, a % b == r, q * b + r == a)
