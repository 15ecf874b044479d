# raise ... from None hides the context: the uncaught traceback shows only the new exception,
# while caught, __cause__ is None, __context__ is kept and __suppress_context__ is True.
class LookupFailed(Exception):
    pass


def find(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupFailed(f"no entry for {key}") from None


try:
    find({}, "x")
except LookupFailed as err:
    print(err, err.__cause__, type(err.__context__).__name__, err.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as zde:
        raise ValueError("explicit") from zde
except ValueError as err:
    print(err, type(err.__cause__).__name__, err.__suppress_context__, err.__context__ is err.__cause__)

print(find({"a": 1}, "a"))
find({"a": 1}, "b")
