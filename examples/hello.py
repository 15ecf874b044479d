# The first program: a greeting, a little arithmetic, and a list comprehension.

def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


if __name__ == "__main__":
    print(greet("pygil"))
    print("2**100 =", 2**100)
    squares = [n * n for n in range(10)]
    print("squares:", squares)
    print("sum of odd squares:", sum(s for s in squares if s % 2))
