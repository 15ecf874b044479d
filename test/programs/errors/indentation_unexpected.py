# An unexpected indent is an IndentationError, a subclass of SyntaxError: nothing runs.
print("never printed")
x = 1
for i in range(3):
    x += i
print(x)
    y = 2
print(x + y)
