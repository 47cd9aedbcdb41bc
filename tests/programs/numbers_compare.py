# comparisons between ints and floats are exact (huge ints, 2**53 + 1, nan, inf), and == across int/float/complex
big = 2**53 + 1
print(big == 2.0**53, big > 2.0**53, big - 1 == 2.0**53, 2**1000 > 1e300, 2**1100 < float('inf'), -(2**1100) > float('-inf'))
print(10**400 > 1e308, -(10**400) < -1e308, 2**64 == 18446744073709551616.0, 2**64 + 1 == 18446744073709551616.0)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, 2**100 == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
for a in [0, 1, -1, 2**63, -(2**63), 10**20, 1.5, 0.5, -0.0, 1e20, 2.0**63, True, False]:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in [0, 1, 1.0, -0.0, 2**63, 2.0**63, 10**20, 1e20, 1.5, True]])
print(1 == 1.0 == True == complex(1, 0), 1j == 1j, 1 + 0j == 1, 2**100 == complex(2**100, 0), 1.5 == 1.5 + 0j, 0j == False)
print(1 < 2 < 3.5 < 10**20, 3 > 2.5 > 2 > 1.5 > True)
for expr in [lambda: 1j < 2j, lambda: 1 < 1j, lambda: 1.5 >= 2j, lambda: 1 < 'a', lambda: 2.5 > None]:
    try:
        print(expr())
    except TypeError as e:
        print('TypeError:', e)
print({1: 'a', 1.0: 'b', True: 'c'}, {2**100: 1}[2.0**100], 0.0 in {0: 1}, {1.5, 3 / 2}, hash(10**20) == hash(1e20))
