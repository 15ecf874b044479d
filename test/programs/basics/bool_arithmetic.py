# bool is an int subclass: arithmetic, comparisons, repr and conversions.
print(True + True, True * 10, False - True)
print(True / 2, True // 2, True % 2)
print(-True, ~True, ~False)
print(True == 1, False == 0, True == 1 == 1.0)
print(True & False, True | False, True ^ True)
print(type(True & False), type(True + False))
print(sum([True, True, False, True]))
print(int(True), float(False), str(True))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"))
print(bool([]), bool([0]), bool(()), bool({}), bool(None))
print(not 0, not "x", not None)
print(True > False, max(True, False), min(False, 3))
print(repr(True), repr(False))
count = 0
for v in [3, 0, 5, 0, 0, 8]:
    count += v == 0
print(count)
print([1, 2, 3][True], "ab"[False])
print(True if 2 > 1 else False)
print(isinstance(True, int), isinstance(1, bool))
