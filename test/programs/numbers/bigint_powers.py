# Arbitrary-precision ints: powers of two and ten, and their digit counts.
print(2 ** 100)
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print(10 ** 30 + 1)
print(3 ** 50)
print(len(str(2 ** 1000)))
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
big = 2 ** 200
print(big // 2 ** 190, big % 1000007)
print(big == 2 ** 200, big > 2 ** 199, big < -big)
print(-(2 ** 100), abs(-(2 ** 100)))
x = 1
for i in range(70):
    x *= 2
print(x, x == 2 ** 70)
print((2 ** 100) ** 2 == 2 ** 200)
print(2 ** 0, 0 ** 0, (-1) ** 101, (-2) ** 65)
print(int("9" * 40) + 1)
print(sum(2 ** i for i in range(128)) == 2 ** 128 - 1)
