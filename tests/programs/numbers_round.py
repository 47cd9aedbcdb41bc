# round(): half to even for floats and ints, correctly rounded ndigits (2.675 -> 2.67), negative ndigits, errors
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, -0.125, 1e300, 5e-324, 123456.789,
          float('inf'), float('-inf'), float('nan'), 4503599627370497.0]:
    out = []
    for n in [None, 0, 1, 2, 3, -1, -2, 20, 400, -400]:
        try:
            out.append(round(x) if n is None else round(x, n))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(x), out)
for x in [0, 5, 15, 25, -25, 12345, 12355, -12355, 10**30 + 5 * 10**10, 2**100, True]:
    print(x, [round(x, n) for n in (0, 1, -1, -2, -5, -40)], round(x), type(round(x)).__name__)
for args in [(1.5, 'a'), ('a',), (1.5, 1.5), (1j,), (1.7976931348623157e308, -308)]:
    try:
        print(round(*args))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(number=2.5), round(2.5, None), round(7, ndigits=None), round(0.285, 2), round(0.5 + 1e-16, 0), round(-0.0, 1), round(1e-320, 320))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
