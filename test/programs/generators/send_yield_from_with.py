# Generators: send, StopIteration.value, yield from (generators and other iterables), close()
# running finally blocks, throw(); with statements: several managers, suppression, propagation,
# return through with.
def counter(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total

g = counter(4)
print(next(g), g.send(10), g.send(5), next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)

def inner():
    yield 1
    yield 2
    return "inner-done"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield 3

print(list(outer()))

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = guarded()
print(next(g))
g.close()
print("closed")

def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"

c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))

class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "quiet"

with Resource("a") as r, Resource("b"):
    print("inside", r.name)
with Resource("quiet"):
    raise KeyError("hidden")
try:
    with Resource("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
def f():
    with Resource("ret"):
        return 5
print(f())
