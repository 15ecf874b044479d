# yield from: return values passed up a chain of delegating generators, send() and values
# routed through the delegation, yield from over non-generator iterables, and an empty sub-generator.
def leaf(name, n):
    total = 0
    for i in range(n):
        got = yield f"{name}{i}"
        if got is not None:
            total += got
    return total


def middle():
    a = yield from leaf("a", 2)
    b = yield from leaf("b", 3)
    return (a, b)


def top():
    pair = yield from middle()
    yield f"pair={pair}"
    return sum(pair)


g = top()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(10))
print(g.send(20))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("top returned", stop.value, stop.args)


def nothing():
    return "empty-result"
    yield


def wrapper():
    r = yield from nothing()
    yield r


print(list(wrapper()))


def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, 4)], [], [[5]], "xy"])))


def chars_then_range():
    yield from "abc"
    yield from range(3)
    yield from {"k1": 1, "k2": 2}
    yield from (x * x for x in range(4))


print(list(chars_then_range()))


def counting_depth(n):
    if n == 0:
        return 0
    yield n
    deeper = yield from counting_depth(n - 1)
    return deeper + 1


gen = counting_depth(4)
seen = []
while True:
    try:
        seen.append(next(gen))
    except StopIteration as e:
        print("depth", e.value, "seen", seen)
        break


def averager():
    total = 0.0
    count = 0
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
    return total / count if count else None


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in [("x", [1, 2, 3]), ("y", [10, 20]), ("z", [])]:
    grp = grouper(results, key)
    next(grp)
    for v in values:
        grp.send(v)
    grp.send(None)
print(results)
