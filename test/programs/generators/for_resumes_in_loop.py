# A for loop over a generator resumes it as a frame of the running loop (no JS call per value):
# its values, its end, its exceptions and PEP 479 must be exactly what a call-per-value gives.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "returned"


def multiples_of(k, xs):
    for x in xs:
        if x % k == 0:
            yield x


def cubes(xs):
    for x in xs:
        yield x ** 3


print(list(cubes(multiples_of(3, count(20)))))
total = 0
for v in cubes(multiples_of(2, count(1000))):
    total -= v
print(total)

# a generator partly consumed by next(), then by a for loop, then exhausted
g = count(5)
print(next(g), next(g))
for v in g:
    print("rest", v)
print(next(g, "exhausted"))
for v in g:
    print("never")

# the return value is dropped by the loop
for v in count(2):
    print("v", v)
else:
    print("loop ended normally")

# break, continue and a second loop over the same generator
g = count(10)
for v in g:
    if v == 3:
        break
for v in g:
    if v % 2:
        continue
    print("second loop", v)


# an exception inside the generator propagates out of the loop, and the generator is finished
def fails_at(n):
    for i in range(n):
        yield i
    raise KeyError("at end")


g = fails_at(3)
try:
    for v in g:
        print("got", v)
except KeyError as e:
    print("KeyError", e)
print(next(g, "finished"))


# an exception caught inside the generator lets it go on
def catches():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "caught %s" % e


print(list(catches()))
for v in catches():
    print("catches", v)


# PEP 479: StopIteration raised in a generator becomes RuntimeError, raised from it
def stops():
    yield 1
    raise StopIteration("inner")


for consume in ("for", "list"):
    try:
        if consume == "for":
            for v in stops():
                pass
        else:
            list(stops())
    except RuntimeError as e:
        print(consume, repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)


# a generator that iterates over itself is already executing
def selfish():
    for v in gen:
        yield v


gen = selfish()
try:
    for v in gen:
        pass
except ValueError as e:
    print("ValueError", e)


# recursion through nested generators, and its limit
def depth(n):
    if n == 0:
        yield 0
        return
    for v in depth(n - 1):
        yield v + 1


print(list(depth(30)))
import sys

old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    for v in depth(500):
        print(v)
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(old)
print(list(depth(20)))


# the exception from inside a nested generator reaches an outer handler
def inner():
    yield 1
    return 1 // 0


def outer():
    for v in inner():
        yield v


try:
    for v in outer():
        print("outer", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# generator expressions in for loops, nested
for row in ((i, j) for i in range(3) for j in (x * 2 for x in range(i))):
    print(row)

# the uncaught case: the traceback goes to stderr, the status is 1
for v in fails_at(1):
    print("last", v)
