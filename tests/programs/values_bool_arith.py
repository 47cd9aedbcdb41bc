# bool is an int subclass: arithmetic, bitwise ops keep bool, comparisons, sums.
print(True + True, True * 3, -True, ~True, ~False, True << 4, True / 2, True // 2, True % 2)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__, type(True | 2).__name__)
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True, 0, 1]))
print(int(True), float(False), str(True), repr(False), f"{True}", "%d" % True, "%s" % False)
print(hash(True), hash(False), {True: "a", 1: "b", 1.0: "c"})
print(bool(0), bool(2), bool(-1), bool(0.0), bool("False"))
print(abs(True), divmod(True, True), pow(True, 10))
