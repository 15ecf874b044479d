# divmod on ints of all signs and sizes, and on floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(5, 1))
q, r = divmod(2 ** 100, 12345)
print(q, r, q * 12345 + r == 2 ** 100)
print(divmod(-(2 ** 70), 1000))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(7, 2.5))
total = 100000
hours, rest = divmod(total, 3600)
minutes, seconds = divmod(rest, 60)
print(f"{hours}:{minutes:02d}:{seconds:02d}")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
digits = []
n = 9876543210
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
