# List comprehensions with conditions, nested loops, and their own scope for the loop variable.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x % 2 else -x for x in range(6)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
words = ["alpha", "be", "gamma", "pi"]
print([len(w) for w in words], [w for w in words if len(w) > 2])
print([[j for j in range(i)] for i in range(4)])
factor = 10
print([factor * v for v in [1, 2, 3]])
print([i for i in []], [i for i in range(3) if False])
