# Ints just past the 31-bit tagged range and up to 2**53 and beyond: + - * // % at the
# boundaries where a JS double stops being exact, with every sign combination.
edges = [2**30 - 1, 2**30, 2**31 + 5, 2**40 + 7, 2**52 - 1, 2**52 + 1, 2**53 - 1, 2**53, 2**53 + 1, 10**15 + 37]
divisors = [1, 2, 3, 7, 10, 2**20 + 1, 2**31 - 1, 2**26 + 3]
total = 0
for e in edges:
    for sa in (1, -1):
        x = sa * e
        for d in divisors:
            for sb in (1, -1):
                y = sb * d
                q, r = x // y, x % y
                assert q * y + r == x, (x, y)
                total += q % 1000003 + r % 1000003
                print(x + y, x - y, x * y, q, r)
print("checksum", total)
n = 0
for i in range(60000):
    n += i * i
print(n, n // 7, n % 1000)
