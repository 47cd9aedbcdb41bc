# A small program: count the solutions of the n-queens problem for n = 1..7 by backtracking.
def solve(n):
    count = 0
    cols, d1, d2 = set(), set(), set()
    first = None
    board = []
    def place(r):
        nonlocal count, first
        if r == n:
            count += 1
            if first is None:
                first = list(board)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return count, first
for n in range(1, 8):
    print(n, *solve(n))
