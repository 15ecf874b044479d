# Infinite generators tamed with itertools.islice/takewhile/count/cycle, and a pipeline of
# generator stages that only does the work that is consumed.
from itertools import islice, count, cycle, takewhile, dropwhile, accumulate, chain


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1


print(list(islice(naturals(), 5)))
print(list(islice(naturals(10), 2, 12, 3)))
print(list(islice(fibonacci(), 15)))
print(list(takewhile(lambda f: f < 100, fibonacci())))
print(list(islice(dropwhile(lambda f: f < 1000, fibonacci()), 3)))
print(list(collatz(27))[:10], len(list(collatz(27))))

stage_log = []


def source():
    for n in naturals():
        stage_log.append(("src", n))
        yield n


def only_odd(items):
    for i in items:
        if i % 2:
            yield i


def squared(items):
    for i in items:
        stage_log.append(("sq", i))
        yield i * i


pipeline = squared(only_odd(source()))
print(list(islice(pipeline, 3)))
print(stage_log)

colours = cycle(["red", "green", "blue"])
print([next(colours) for _ in range(7)])
print(list(zip(count(100, 5), "abcd")))
print(list(islice(accumulate(naturals()), 6)))
print(list(islice(chain("ab", naturals()), 5)))


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print(list(islice(primes(), 20)))
gen = primes()
print(next(gen), next(gen), next(gen))
print(sum(islice(gen, 5)))
print(list(islice(naturals(), 0)))
try:
    islice(naturals(), -1)
except ValueError as err:
    print("ValueError:", err)
