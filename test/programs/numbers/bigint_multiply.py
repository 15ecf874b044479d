# Large multiplications, factorials and products across the 2**53 and 2**64 boundaries.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b, -a * -b)
print(a + b, a - b, b - a)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 30), f % 997)
n = 2 ** 53
print(n + 1, n * n, (n + 1) * (n - 1))
m = 2 ** 64
print(m * m - 1, (m - 1) * (m - 1))
p = 1
for prime in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53]:
    p *= prime
print(p, p * p)
print(99999999999 * 99999999999)
print(-12345678901234567890 * 3)
print(0 * a, 1 * a == a)
fib_a, fib_b = 0, 1
for _ in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
