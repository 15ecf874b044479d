# raise ... from ...: __cause__, __suppress_context__, and `from None`.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot parse " + repr(text)) from e


try:
    parse("x1")
except RuntimeError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("hidden") from None
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ValueError("outer") from TypeError("explicit cause")
except ValueError as e:
    print(e, "<-", e.__cause__)
print(parse("42"))
