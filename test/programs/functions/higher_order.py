# Functions as values: passing, returning, storing in containers, and function attributes.
def apply_twice(f, x):
    return f(f(x))


def add_three(x):
    return x + 3


print(apply_twice(add_three, 10), apply_twice(lambda s: s + "!", "hi"))


def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run


p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello Big World "))
table = [len, str.upper, repr]
print([f("abc") for f in table])
print(add_three.__name__, apply_twice.__name__, len.__name__)
registry = {}


def register(name, func):
    registry[name] = func
    return func


register("sq", lambda n: n * n)
register("neg", lambda n: -n)
print({k: f(4) for k, f in registry.items()})
print(list(map(add_three, [1, 2, 3])), sorted([3, -1, 2], key=abs))


def counter_factory():
    calls = [0]

    def counted():
        calls[0] += 1
        return calls[0]
    return counted


counted = counter_factory()
for _ in range(4):
    counted()
print(counted())
