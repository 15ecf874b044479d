# Mixing ints and floats: promotion, comparisons, true division and conversions.
print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** 0.5)
print(type(1 + 2.0), type(2 * 3), type(4 / 2))
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(10 / 4, 2 ** -3, 0 / 5)
print(1 == 1.0, 2 < 2.5, 3 > 2.99, -1 == -1.0)
print(2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(10 ** 20 / 10 ** 10, 2 ** 100 / 2 ** 99)
print((2 ** 100) * 1.0, float(2 ** 100))
print(1 / 7 * 7, 3 * 1.1)
print(int(3.9), int(-3.9), int(1e10), int(2.5e20))
print(float(7), float(-0), float(True))
print(5 // 2.0, 5 % 2.5, -5 // 2.5)
print(sum([1, 2.5, 3]), sum([0.1] * 10))
print(max(1, 2.0), min(3, 3.0), max(3.0, 3))
print(abs(-2.5), abs(-3), 0.5 + True)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
