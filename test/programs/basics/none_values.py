# None: identity, truthiness, repr, and as a function's default return value.
x = None
print(x)
print(repr(x), str(x))
print(x is None, x is not None, x == None)
print(bool(x), not x)
print(type(x))


def nothing():
    pass


def early(flag):
    if flag:
        return
    return 1


print(nothing())
print(early(True), early(False))
values = [1, None, 2, None]
print(values.count(None), values.index(None))
print([v for v in values if v is not None])
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d)
print(None or "default", None and "never")
result = print("printed")
print(result)
