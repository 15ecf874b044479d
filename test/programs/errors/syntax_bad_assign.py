# Assigning to an expression is a SyntaxError: the file never starts, so nothing is printed.
print("never printed")


def total(values):
    result = 0
    for v in values:
        result += v
    return result


x = total([1, 2, 3])
x + 1 = 2
print(x)
