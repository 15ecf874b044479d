# BaseException.args can be assigned: any iterable becomes a tuple, and str() and repr() follow it.

e = ValueError("a")
e.args = ("new", 1)
print(e, e.args, repr(e))

e.args = ["from", "a", "list"]
print(e.args, type(e.args).__name__)

e.args = "ab"
print(e.args, str(e))

e.args = (x * 2 for x in range(3))
print(e.args)

e.args = ()
print(repr(str(e)), repr(e))

k = KeyError("k")
k.args = ("other key",)
print(str(k), k.args)


class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


a = AppError(7)
print(a.args, a.code)
a.args = ("rewritten",)
print(a, a.args, a.code)

try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)
print(e.args)

try:
    raise ValueError("original")
except ValueError as err:
    err.args = ("changed while handling",) + err.args
    print(err.args)
