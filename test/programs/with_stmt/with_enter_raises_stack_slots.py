# Instructions that push the result of a call which raises: __enter__ raising (also from an
# except block, as contextlib's "generator didn't yield"), a bad format spec in an f-string and a
# failed import. Repeated in loops, so that a stale stack slot counted by the unwinder would be
# released twice (the heap-check run of this program, test/checkheap.test.ts, catches that).


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        raise RuntimeError("cannot enter " + self.name)

    def __exit__(self, *exc):
        print("exit must not run")
        return False


class Chained:
    def __init__(self, items):
        self.items = iter(items)

    def __enter__(self):
        try:
            return next(self.items)
        except StopIteration:
            raise RuntimeError("nothing to enter") from None

    def __exit__(self, *exc):
        print("exit of", type(self).__name__)
        return False


class Plain:
    def __init__(self):
        self.tag = "p"


for i in range(3):
    try:
        with Manager("m%d" % i) as m:
            print("body must not run")
    except RuntimeError as e:
        print(i, "RuntimeError:", e)
    try:
        with Chained([]):
            print("body must not run")
    except RuntimeError as e:
        print(i, "RuntimeError:", e, e.__suppress_context__)
    with Chained(["value"]) as v:
        print(i, "entered with", v)
    try:
        text = f"{Plain():>10x}"
    except TypeError as e:
        print(i, "TypeError:", e)
    try:
        text = f"{i * 1.5:q}"
    except ValueError as e:
        print(i, "ValueError:", e)
    try:
        import surely_not_a_module_name
    except ImportError as e:
        print(i, type(e).__name__, e.name)


def nested():
    with Manager("inner"):
        pass


try:
    nested()
except RuntimeError as e:
    print("from a function:", e)
