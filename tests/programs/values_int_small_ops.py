# Small ints: + - * / // % ** and unary operators on positive and negative operands.
xs = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 100]
for a in xs:
    row = []
    for b in xs:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b != 0:
            row.append(a / b)
            row.append(a // b)
            row.append(a % b)
    print(a, row)
for a in xs:
    print(a, -a, +a, abs(a), ~a)
print(2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 3 ** 0, 1 ** 100, (-1) ** 101)
print(2 ** -1, 10 ** -2, (-2) ** -3)
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 0 / 5, 2 / -4)
