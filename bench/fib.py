# Benchmark: function calls. Naive recursive fib(25) makes 242,785 calls, each with a compare,
# two subtractions and an addition, so frame creation and argument passing dominate.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(25))
