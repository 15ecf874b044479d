# iter(callable, sentinel): call until the sentinel comes back.
import os
import random

random.seed(7)
rolls = iter(lambda: random.randint(1, 6), 6)
print(type(rolls).__name__, all(1 <= r <= 5 for r in rolls))

queue = [3, 1, 4, 1, 5, None, 9, 2]
print(list(iter(queue.pop, 4)))
print(queue)

lines = iter(["alpha", "beta", "", "gamma"])
print(list(iter(lambda: next(lines), "")))

name = "iter_sentinel_%d.txt" % os.getpid()
with open(name, "w") as f:
    f.write("abcdefghij")
with open(name) as f:
    blocks = list(iter(lambda: f.read(3), ""))
print(blocks)
os.remove(name)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        self.n -= 1
        return self.n


it = iter(Countdown(5), 0)
print(next(it), next(it), list(it), next(it, "exhausted"))


def stops():
    raise StopIteration


print(list(iter(stops, 1)))
for bad in [lambda: iter(5, 0), lambda: iter([1, 2], 1), lambda: iter()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
