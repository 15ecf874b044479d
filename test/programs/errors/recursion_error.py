# Unbounded recursion ends in an uncaught RecursionError, after output printed earlier.
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)


def forever(n):
    return forever(n + 1) + 1


print(countdown(100))
print("starting unbounded recursion")
forever(0)
print("not reached")
