# A small program: matrix multiplication, transpose, identity and power with nested lists of ints and floats.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mpow(m, p):
    r = identity(len(m))
    while p:
        if p & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        p >>= 1
    return r
fib = mpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
a = [[1, 2, 3], [4, 5, 6]]
t = [list(row) for row in zip(*a)]
print(t, matmul(a, t), matmul(t, a))
h = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
print(matmul(h, identity(3)) == h, [round(x, 6) for x in matmul(h, h)[0]])
