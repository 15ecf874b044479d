from itertools import count, cycle, repeat, islice, chain, takewhile, dropwhile

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)))
print(list(cycle([])))
print(list(repeat('x', 3)), list(islice(repeat(0), 4)))
print(list(map(pow, range(5), repeat(2))))

print(list(islice('abcdefgh', 2, 6)))
print(list(islice('abcdefgh', 1, None, 3)))
print(list(islice('abcdefgh', None, 4)))
print(list(islice(range(100), 5, 20, 4)))
print(list(islice([], 3)))

it = chain([1, 2], (3,), 'ab')
print(next(it), list(it))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(chain()))
print(list(chain.from_iterable(['xy', 'z'])))

print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2, 1])))
print(list(dropwhile(lambda x: x < 4, [1, 3, 5, 2, 1])))
print(list(takewhile(lambda c: c != ' ', 'hello world')))

gen = (n * n for n in count(1))
print(list(takewhile(lambda v: v < 50, gen)))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 3, 8)))
total = 0
for i in count(1):
    total += i
    if total > 20:
        break
print(i, total)
