# Chained comparisons evaluate each operand once and short-circuit.
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a < c > b)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
print(3 > 2 >= 2 > 1, 3 >= 3 <= 3)
x = 5
print(0 <= x < 10, 0 <= x < 5)

calls = []


def val(n):
    calls.append(n)
    return n


print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(1))
print(calls)
calls.clear()
print(val(1) < val(5) > val(2) == val(2))
print(calls)
print(1 < 2 in [2, 3], 2 in [1, 2] in [[1, 2]])
print("a" < "b" < "c", [1, 2] < [1, 3] <= [1, 3])
print(1 < 1.5 < 2, -1 < 0.0 == 0)
