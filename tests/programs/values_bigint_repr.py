# str/repr/hex/oct/bin of big and negative ints, and int() parsing in several bases.
n = 3 ** 100
print(n, repr(-n), hex(n), oct(n), bin(n)[:40])
print(hex(-n), oct(-255), bin(-5), hex(0), bin(0), oct(0))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int("ff", 16), int("-0x1F", 16), int("0o777", 8), int("0b1011", 2), int("z", 36), int("Zz", 36))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0))
print(int(" 42 "), int("1_000_000"), int("+7"), int("-0"))
print(int("1" * 60), int("f" * 40, 16))
print(str(10 ** 100))
print(str(-(10 ** 100) + 1))
print(len(str(2 ** 10000)))
