# pow with two and three arguments, including modular exponentiation with big numbers.
print(pow(2, 10), pow(2, -2), pow(-3, 3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5))
print(pow(2, 1000, 10 ** 9 + 7))
print(pow(123456789, 987654321, 1000000007))
print(pow(-2, 5, 7), pow(5, 3, -7))
print(pow(2, 100, 2 ** 64))
print(pow(10, 50, 10 ** 20 + 39))
print(pow(2.0, 3), pow(4, 0.5), pow(2, 0.5))
print(2 ** 0.5 == pow(2, 0.5))
p = 10 ** 9 + 7
inv = pow(3, p - 2, p)
print(inv, 3 * inv % p)
print(pow(3, -1, 11), pow(7, -2, 11))
print(pow(1, 10 ** 6, 10), pow(0, 5, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
