# isinstance with types and tuples of types, and type() printed for every built-in type.
values = [1, 2.5, "s", True, None, [1], (1,), {"k": 1}, {1}, range(2), 2 ** 80]
for v in values:
    print(type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("x", (list, tuple)), isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(isinstance(None, type(None)), isinstance(3, (str, (bytes, int))))
print(type(1) == int, type(True) == int, type(True) is bool, type([]) is list)
print(type(len), type(lambda: 0), type(print).__name__)


def f():
    pass


print(type(f).__name__, type(f) == type(lambda: 0))
print(type(ValueError("x")), isinstance(ValueError("x"), Exception), type(int), type(type))
print(int, str, list, dict, tuple, set, float, bool, range, type(None))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(KeyError(), (IndexError, LookupError)))
