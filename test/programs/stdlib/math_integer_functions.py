# math: exact integer functions - factorial, gcd, lcm, isqrt, comb, perm - on small and huge ints.
import math

print([math.factorial(n) for n in range(11)])
print(math.factorial(25), math.factorial(True), len(str(math.factorial(1000))))
print(math.factorial(100) % (10 ** 30 + 7), math.factorial(300) // math.factorial(298))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2 ** 100, 2 ** 64 * 3), math.gcd(10 ** 40 + 10, 10 ** 20 + 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(-7), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 64, 3))
for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 2 ** 52, 2 ** 53 - 1, 2 ** 53 + 1, 10 ** 30, 2 ** 106 - 1, 2 ** 106]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(10 ** 200) == 10 ** 100, math.isqrt(True))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(0, 0), math.comb(52, 5))
print(math.comb(100, 50), math.comb(1000, 3), math.comb(10 ** 20, 2))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(6, 0), math.perm(5, 7), math.perm(30, 10))
print(math.perm(20), math.perm(10 ** 15, 2))
print(sum(math.comb(20, k) for k in range(21)) == 2 ** 20, math.perm(12, 4) == math.comb(12, 4) * math.factorial(4))
print(type(math.comb(5, 2)).__name__, type(math.isqrt(5)).__name__, type(math.gcd(4, 6)).__name__)
pascal = [[math.comb(n, k) for k in range(n + 1)] for n in range(7)]
print(pascal[-1], all(pascal[n][k] == pascal[n - 1][k - 1] + pascal[n - 1][k] for n in range(1, 7) for k in range(1, n)))
print([math.isqrt(n * n - 1) for n in range(1, 8)], [math.gcd(n, 36) for n in range(1, 13)], [math.lcm(n, 4) for n in range(1, 7)])
