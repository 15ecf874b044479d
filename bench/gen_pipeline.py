# Benchmark: a generator pipeline: numbers through filter and map stages written as
# generators, consumed by sum() and a for loop.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def main():
    print(sum(squares(evens(numbers(400000)))))
    count = 0
    for s in squares(numbers(100000)):
        if s % 3 == 1:
            count += 1
    print(count)


main()
