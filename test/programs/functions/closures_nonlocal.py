# Closures capturing variables, nonlocal rebinding, and independent closure instances.
def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(7), triple(7), [make_multiplier(k)(10) for k in range(4)])

def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    x = "rebound before call"
    return middle()

print(outer())

def accumulator():
    items = []

    def add(item):
        items.append(item)
        return len(items)
    return add, lambda: list(items)

add, get = accumulator()
print(add("a"), add("b"), get())

def nonlocal_chain():
    a = 1

    def level1():
        nonlocal a
        a += 10

        def level2():
            nonlocal a
            a *= 2
        level2()
    level1()
    return a

print(nonlocal_chain())
