# Generator expressions are lazy objects: work happens only on demand, the outermost iterable
# is evaluated at once, they are exhausted after one pass; next() and iter() with defaults.
log = []


def noisy(x):
    log.append(x)
    return x * 10


ge = (noisy(x) for x in range(5))
print(type(ge).__name__, log)
print(next(ge), log)
print(next(ge), next(ge), log)
print(list(ge), log)
print(list(ge), next(ge, "done"))

try:
    bad = (1 / x for x in 5)
except TypeError as err:
    print("outer iterable checked at once:", err)

lazy_error = (1 // x for x in [2, 1, 0, 5])
print(next(lazy_error), next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as err:
    print("error only when reached:", err)
print(next(lazy_error, "exhausted after error"))

pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2 == 1)
print(list(pairs))

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(n for n in nums if n > 2), max(n % 5 for n in nums), min((n for n in nums), default=-1))
print(any(n > 8 for n in nums), all(n > 0 for n in nums), sorted(set(n % 3 for n in nums)))
print(",".join(str(n) for n in nums[:4]))

it = iter([10, 20])
print(next(it), next(it), next(it, None), next(it, "default"))
try:
    next(it)
except StopIteration as err:
    print("StopIteration args", err.args)

d = {"a": 1, "b": 2}
keys = iter(d)
print(next(keys), next(keys), next(keys, "no more keys"))
print(iter(it) is it, iter(ge) is ge)

try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)
try:
    iter(42)
except TypeError as err:
    print("TypeError:", err)

x = 100
closure_ge = (x + i for i in range(3))
x = 200
print(list(closure_ge))

squares = (i * i for i in range(1, 1000000000))
for sq in squares:
    if sq > 50:
        print("first square over 50:", sq)
        break
print("next after break:", next(squares))


def gen_len():
    yield 1


try:
    len(gen_len())
except TypeError as err:
    print("TypeError:", err)
try:
    (i for i in range(3))[0]
except TypeError as err:
    print("TypeError:", err)
