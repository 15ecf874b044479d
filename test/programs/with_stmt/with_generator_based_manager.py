# A hand-written equivalent of contextlib.contextmanager: a class that drives a generator,
# running the code before the yield on enter and after it on exit, throwing body errors into
# the generator so its try/except/finally decides whether they are suppressed.
class GeneratorManager:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def managed(func):
    def factory(*args, **kwargs):
        return GeneratorManager(func(*args, **kwargs))
    return factory


@managed
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


@managed
def ignoring(*kinds):
    try:
        yield
    except kinds as err:
        print("  ignored", type(err).__name__, err)


@managed
def rollback(store):
    saved = dict(store)
    try:
        yield store
    except Exception as err:
        store.clear()
        store.update(saved)
        print("  rolled back after", repr(err))
        raise


with tag("html") as upper:
    with tag("body"):
        print("  content inside", upper)

with ignoring(KeyError, IndexError):
    [][1]
print("after ignoring IndexError")

try:
    with ignoring(KeyError):
        int("nope")
except ValueError as err:
    print("ValueError passed through:", err)

data = {"a": 1}
try:
    with rollback(data) as d:
        d["b"] = 2
        d["a"] = 100
        raise LookupError("changed my mind")
except LookupError as err:
    print("caught", err, "data is", data)

with rollback(data) as d:
    d["c"] = 3
print("kept", data)


@managed
def broken():
    yield 1
    yield 2


try:
    with broken() as value:
        print("value", value)
except RuntimeError as err:
    print("RuntimeError:", err)


@managed
def translate():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("translated") from None


try:
    with translate():
        1 / 0
except ArithmeticError as err:
    print(type(err).__name__, err, err.__suppress_context__)

for i in range(3):
    with tag(f"item{i}"):
        if i == 1:
            continue
        print("  body", i)
