# Floor division and modulo round toward negative infinity, for small and big ints and floats.
for a in [7, -7]:
    for b in [3, -3]:
        print(a, b, a // b, a % b)
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(0 // 5, 0 % -5)
big = 10 ** 25 + 7
print(big // 3, big % 3, -big // 3, -big % 3)
print(big // -7, big % -7, -big // -7, -big % -7)
print((-big) // (10 ** 20), (-big) % (10 ** 20))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.0, 7.0 % -3)
print(-0.0 % 5, 5.5 % -1.5)
x = -17
print(x == (x // 5) * 5 + x % 5)
for n in [-12, -5, 0, 5, 12]:
    print(n, n % 5, n // 5)
