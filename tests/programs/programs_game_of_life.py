# A small program: Conway's game of life on a 12x12 torus, a glider and a blinker over several generations.
W = H = 12
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))
cells = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (8, 8), (9, 8), (10, 8)}
for gen in range(4):
    cells = step(cells)
print(show(cells))
for gen in range(44):
    cells = step(cells)
print(len(cells), sorted(cells))
