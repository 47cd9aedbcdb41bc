# A small program: an ASCII Mandelbrot set with float arithmetic.
rows = []
for y in range(-12, 13):
    row = ""
    for x in range(-39, 19):
        c = complex_re = x / 20
        ci = y / 10
        zr = zi = 0.0
        n = 0
        while n < 30 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + complex_re, 2 * zr * zi + ci
            n += 1
        row += " .:-=+*#%@"[n % 10] if n < 30 else "@"
    rows.append(row)
print("\n".join(rows))
