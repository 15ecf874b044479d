# The arithmetic operators on small ints, with Python's precedence and associativity.
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, 2 ** 10, 2 ** -1)
print(-a, +a, -(-a))
print(2 + 3 * 4, (2 + 3) * 4)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 100 // 10 // 3)
print(7 % 3 * 2, 7 * 3 % 4)
print(1 + 2 - 3 + 4 - 5)
print(3 * -2, 3 - -2, 3 + +2)
x = 0
for i in range(1, 11):
    x = x * 3 + i
print(x)
print(abs(-7) + 6 // 4 * 2 - 3 % 2)
