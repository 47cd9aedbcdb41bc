# sys.float_info, sys.int_info, sys.hash_info and sys.set_int_max_str_digits / get_int_max_str_digits
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[0], len(sys.float_info), sys.float_info == tuple(sys.float_info),
      type(sys.float_info).__name__, sys.float_repr_style, sys.maxsize, sys.hash_info.modulus == 2**61 - 1)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0, sys.float_info.max * 2, sys.float_info.min / 2 > 0)
print(sys.get_int_max_str_digits())
for n in [5, 640, -1]:
    try:
        sys.set_int_max_str_digits(n)
    except ValueError as e:
        print(n, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), len(str(10**699)))
for f in [lambda: str(10**700), lambda: int('9' * 701), lambda: repr(-(10**800))]:
    try:
        print(f())
    except ValueError as e:
        print(e)
print(len(hex(10**800)), int('1' * 800, 16) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)), int('7' * 6000) % 1000)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits())
