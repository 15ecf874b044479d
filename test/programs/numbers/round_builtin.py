# round(): banker's rounding for halves, ndigits positive and negative, ints and floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3))
print(round(7.0), type(round(7.0)), type(round(7.0, 1)))
print(round(1234.5678, -2), round(1234.5678, 1), round(1234.5678, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), type(round(15, -1)))
print(round(7), round(-7), round(2 ** 70, -20))
print(round(0.1 + 0.2, 10), round(1e20), round(-0.4))
print(round(123.456, 5), round(5e-9, 3))
values = [1.25, 1.35, 2.45, -3.55]
print([round(v, 1) for v in values])
print(round(99.99999, 2), round(0.045, 2))
