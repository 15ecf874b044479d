# Bitwise operators on ints, including negative numbers and big ints (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1 << 70, 1024 >> 3, (1 << 70) >> 65)
print(-1 >> 5, -16 >> 2, -17 >> 2, -1 << 4)
print(-6 & 0xFF, -6 | 3, -6 ^ 3, ~(-6))
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big >> 90, ~big)
print(-big & 0xFFFFFFFF, -big >> 50)
print((2 ** 64 - 1) & (2 ** 32), (2 ** 128) | (2 ** 64))
print(0 & -1, 0 | -1, -1 ^ -1)
x = 0
for bit in [0, 3, 5, 64]:
    x |= 1 << bit
print(x, bin(x).count("1"))
print(255 >> 0, 5 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(True << 3, False | 2)
