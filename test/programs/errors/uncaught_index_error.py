# An uncaught IndexError from reading past the end of a list in an unbounded loop.
items = [1, 2, 3]
print(items[-1], items[0])
i = 0
while True:
    print(items[i])
    i += 1
