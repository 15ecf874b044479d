# abs, round, divmod and pow together, on ints, big ints, floats and bools.
print(abs(-3), abs(3), abs(-2.5), abs(-(2 ** 90)), abs(True), abs(-0.0), abs(0))
print(round(3.14159, 2), round(-2.5), round(1e-3, 5), round(10 ** 20 + 0.5), round(12345, -3))
print(divmod(100, 7), divmod(-100, 7), divmod(2 ** 65, 2 ** 33), divmod(9.5, 2.5))
print(pow(2, 8), pow(-2, 3), pow(2, -1), pow(9, 0.5), pow(2, 200, 1000003), pow(True, 5))
print(pow(3, 4) == 3 ** 4, pow(10, -2), abs(-7) ** 2, round(abs(-1.25), 1))
total = 0
for x in range(-5, 6):
    total += abs(x) * pow(x, 2)
print(total)
