# contextlib: @contextmanager (exceptions thrown in at the yield, suppression, misuse errors), suppress, closing, nullcontext and ExitStack.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as x:
    print("inside", x)
with tag("outer"), tag("inner"):
    print("nested")
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    {}["k"]
print("after swallow")
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("not swallowed:", e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(KeyError, IndexError):
    [][0]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError passes")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("null", v)

with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("one", "two")]
    stack.callback(print, "callback ran")
    print("stack holds", names)


print(tag.__name__)
