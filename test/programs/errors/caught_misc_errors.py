# NameError, UnboundLocalError, AttributeError, AssertionError, RecursionError and others, caught.
import sys


def unbound():
    v = w
    w = 1


def recurse(n):
    return recurse(n + 1)


tests = [
    lambda: undefined_name,
    unbound,
    lambda: (1).foo,
    lambda: "text".nope(),
    lambda: [].bar,
    lambda: {}.missing,
    lambda: None.attr,
    lambda: recurse(0),
    lambda: [1, 2].index(3),
    lambda: "x".index("y"),
    lambda: [1].remove(0),
    lambda: chr(-5),
    lambda: max([]),
    lambda: min([], key=len),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
try:
    assert 1 > 2, ("tuple", "message")
except AssertionError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, Exception))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
