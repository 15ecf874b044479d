# Benchmark: the bare interpreter loop. A decrement-and-compare loop of 3,000,000 steps at module
# level (global name loads and stores), then the same loop in a function (fast locals).
n = 3000000
while n > 0:
    n -= 1
print(n)


def count(n):
    while n > 0:
        n -= 1
    return n


print(count(3000000))
