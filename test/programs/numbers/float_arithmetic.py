# Float arithmetic results, accumulation error and integer-valued floats.
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0)
print(3.0 * 1.1, 1.1 + 2.2, 3.3 - 1.1, 0.7 * 3)
print(1e10 + 1, 1e16 + 1, 1e16 + 2)
print(2.5 * 4, 7.0 / 2, 9.0 ** 0.5, (-8.0) ** 2)
print(1.0 / 3 + 1.0 / 3 + 1.0 / 3)
print(100 * 1.1, 0.1 ** 2, 123.456 * 1000)
print(-(0.0), 0.0 * -1, abs(-0.0))
print(float(123), float(-4.5), float("  -1e-3"))
print(1.5.is_integer(), 2.0.is_integer())
print(int(2.0 ** 60), 2.0 ** 60)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total)
print(round(total, 6), f"{total:.4f}")
