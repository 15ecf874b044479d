# The special methods of built-in types called by name, as a teacher shows that operators are
# method calls: results, NotImplemented for operands a type leaves to the other side, and
# what the operator itself does with that answer.
print((1).__add__(2), (1).__add__(2.0), (1.5).__add__(1), (2).__radd__(5), (7).__sub__(10), (7).__rsub__(10))
print((7).__divmod__(2), (7.5).__rdivmod__(20), (2).__pow__(10), (2).__rpow__(3), (7).__truediv__(2), (7).__floordiv__(2))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (256).__rshift__(4), (6).__and__(3.0))
print((3).__neg__(), (-3).__abs__(), (3).__invert__(), (-2.5).__abs__(), (0).__bool__(), (0.1).__bool__())
print((2.567).__round__(2), (2.5).__round__(), (7).__round__(-1), (2.7).__floor__(), (2.1).__ceil__(), (-2.7).__trunc__())
print((5).__index__(), (5.9).__int__(), (5).__float__(), True.__add__(True), True.__and__(False), (3).__eq__(3.0), (3.0).__eq__(3))
print((1).__lt__(2), (2.5).__ge__(2), (1).__lt__("a"), "b".__gt__("a"), (1, 2).__lt__((1, 3)), "a".__eq__(1))
print("ab".__add__("c"), "ab".__mul__(3), "ab".__rmul__(2), "%s-%d".__mod__(("x", 4)), "x".__rmod__(5))
print("hello".__len__(), "hello".__contains__("ell"), "hello".__getitem__(1), "hello".__getitem__(slice(1, 3)), list("ab".__iter__()))
print((1, 2).__add__((3,)), (1,).__mul__(3), (1, 2, 3).__getitem__(-1), (1, 2).__len__(), (1, 2).__contains__(2))
print(b"ab".__add__(b"c"), b"ab".__len__(), b"ab".__getitem__(0), b"ab".__mul__(2))
s = {1, 2}
print(s.__or__({3}), s.__and__({2, 5}), s.__sub__({1}), s.__xor__({2, 9}), s.__or__([3]), frozenset({1}).__or__({2}))
t = s
s.__ior__({7})
print(s is t, sorted(s), s.__len__(), s.__contains__(7), sorted(s.__iter__()), {1}.__le__({1, 2}), {1}.__lt__({1}))
print(range(10).__len__(), range(10).__getitem__(3), range(10).__contains__(4), list(range(3).__reversed__()), range(0).__bool__(), range(1, 9, 2).index(5), range(5).count(2))
print(None.__bool__(), [1, 2].__len__(), {"a": 1}.__getitem__("a"), [3, 1].__add__([2]), {"a": 1}.__contains__("b"))
# an operator asks the left operand, then the reflected method of the right one
print(int.__add__(1, 2), float.__mul__(2.0, 3), str.__len__("four"), tuple.__getitem__((9, 8), 1), 1 + 2.0, 2.0 * 3)
for bad in ("descriptor", "args", "concat", "tuple"):
    try:
        if bad == "descriptor":
            int.__add__("a", 1)
        elif bad == "args":
            (1).__add__()
        elif bad == "concat":
            "ab".__add__(1)
        else:
            (1, 2).__add__([3])
    except TypeError as e:
        print("TypeError:", e)
