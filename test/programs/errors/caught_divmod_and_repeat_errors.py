# divmod() names itself in its errors and asks __divmod__/__rdivmod__; a sequence times a
# non-int says "can't multiply sequence", whichever side the sequence is on, and an object with
# __index__ serves as the count.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)


class NoMul:
    def __mul__(self, other):
        return NotImplemented


class Plain:
    pass


class Count:
    def __index__(self):
        return 2


class BadIndex:
    def __index__(self):
        return "two"


class DM:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __floordiv__(self, other):
        return "floordiv must not be used"


attempt("divmod('a', 2)", lambda: divmod("a", 2))
attempt("divmod(2, 'a')", lambda: divmod(2, "a"))
attempt("divmod(None, None)", lambda: divmod(None, None))
attempt("divmod(5.0, 0)", lambda: divmod(5.0, 0))
attempt("divmod(5, 0.0)", lambda: divmod(5, 0.0))
attempt("divmod(5, 0)", lambda: divmod(5, 0))
attempt("divmod(2 ** 70, 0)", lambda: divmod(2 ** 70, 0))
attempt("divmod(7, 2)", lambda: divmod(7, 2))
attempt("divmod(-7, 2)", lambda: divmod(-7, 2))
attempt("divmod(-7.5, 2)", lambda: divmod(-7.5, 2))
attempt("divmod(7, -2.0)", lambda: divmod(7, -2.0))
attempt("divmod(True, 3)", lambda: divmod(True, 3))
attempt("divmod(2 ** 70 + 5, 7)", lambda: divmod(2 ** 70 + 5, 7))
attempt("divmod(DM(), 1)", lambda: divmod(DM(), 1))
attempt("divmod(1, DM())", lambda: divmod(1, DM()))
attempt("divmod(Plain(), 1)", lambda: divmod(Plain(), 1))
attempt("divmod(1, Plain())", lambda: divmod(1, Plain()))

attempt("NoMul() * 'x'", lambda: NoMul() * "x")
attempt("object() * 'x'", lambda: object() * "x")
attempt("NoMul() * [1]", lambda: NoMul() * [1])
attempt("Plain() * (1,)", lambda: Plain() * (1,))
attempt("Plain() * b'a'", lambda: Plain() * b"a")
attempt("Plain() * {1: 2}", lambda: Plain() * {1: 2})
attempt("'x' * NoMul()", lambda: "x" * NoMul())
attempt("None * [1]", lambda: None * [1])
attempt("[1] * 1.5", lambda: [1] * 1.5)
attempt("Count() * 'ab'", lambda: Count() * "ab")
attempt("'ab' * Count()", lambda: "ab" * Count())
attempt("[0] * Count()", lambda: [0] * Count())
attempt("Count() * (1, 2)", lambda: Count() * (1, 2))
attempt("b'z' * Count()", lambda: b"z" * Count())
attempt("'ab' * BadIndex()", lambda: "ab" * BadIndex())


def inplace(a, b):
    a *= b
    return a


attempt("NoMul() *= 'x'", lambda: inplace(NoMul(), "x"))
attempt("object() *= 'x'", lambda: inplace(object(), "x"))
attempt("Count() *= 'ab'", lambda: inplace(Count(), "ab"))
attempt("'ab' *= Count()", lambda: inplace("ab", Count()))
items = [1, 2]
same = items
items *= Count()
print("list *= Count():", items, same is items)
