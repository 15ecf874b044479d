# A prime sieve as a pipeline of generators: each prime filters the stream after it.
import itertools


def integers(start):
    n = start
    while True:
        yield n
        n += 1


def drop_multiples(stream, p):
    for n in stream:
        if n % p:
            yield n


def sieve():
    stream = integers(2)
    while True:
        p = next(stream)
        yield p
        stream = drop_multiples(stream, p)


print(list(itertools.islice(sieve(), 25)))


def incremental_primes():
    # the sieve of Eratosthenes without a bound: composites map to the primes that hit them
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


primes = incremental_primes()
first = [next(primes) for _ in range(1000)]
print(first[-5:], sum(first))
twins = [(a, b) for a, b in zip(first, first[1:]) if b - a == 2]
print(len(twins), twins[:6])
gaps = (b - a for a, b in zip(first, first[1:]))
print(max(gaps))
by_last_digit = {}
for p in itertools.takewhile(lambda p: p < 2000, incremental_primes()):
    by_last_digit[p % 10] = by_last_digit.get(p % 10, 0) + 1
print(sorted(by_last_digit.items()))


def goldbach(n, primes_set):
    return next((p, n - p) for p in sorted(primes_set) if n - p in primes_set)


small = set(itertools.takewhile(lambda p: p < 200, incremental_primes()))
print([goldbach(n, small) for n in range(4, 40, 6)])
