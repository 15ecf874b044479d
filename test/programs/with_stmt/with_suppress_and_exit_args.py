# __exit__ deciding whether to suppress: what it receives (type and value),
# truthy return values suppressing, exceptions raised from __exit__ replacing the original,
# and contextlib-free helpers written by hand.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: clean")
            return False
        print("  exit got", exc_type.__name__, repr(exc),)
        if issubclass(exc_type, self.kinds):
            self.caught = exc
            return True
        return None


with Suppress(ValueError) as s:
    print("clean body")
print("caught:", s.caught)

with Suppress(ValueError) as s:
    int("x")
print("caught:", type(s.caught).__name__, s.caught.args)

with Suppress(LookupError) as s:
    {}["missing"]
print("KeyError is a LookupError:", repr(s.caught))

try:
    with Suppress(LookupError):
        1 / 0
except ZeroDivisionError as err:
    print("not suppressed:", err)


class TruthyExit:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return None

    def __exit__(self, *args):
        return self.result


for result in [1, "yes", [0], 0, "", [], None]:
    try:
        with TruthyExit(result) as nothing:
            raise OSError("disk")
        print(repr(result), "suppressed; as-target is", nothing)
    except OSError:
        print(repr(result), "let it through")


class Translating:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError("translated from " + repr(exc))
        return False


try:
    with Translating():
        {}["k"]
except LookupError as err:
    print(type(err).__name__, err, "| context:", type(err.__context__).__name__)


def count_suppressed(items):
    errors = 0
    total = 0
    for item in items:
        s = Suppress(TypeError, ValueError)
        with s:
            total += int(item)
        if s.caught is not None:
            errors += 1
    return total, errors


print(count_suppressed(["1", "2", "x", None, "4"]))


def suppressed_return():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "after with"


print(suppressed_return())
