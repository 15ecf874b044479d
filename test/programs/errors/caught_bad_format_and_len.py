# A __format__ that returns no str and a __len__ that returns no valid length are TypeError, ValueError or OverflowError, through format(), f-strings, str.format, len(), bool() and if.
class A:
    def __format__(self, spec):
        return 5
class B:
    def __format__(self, spec):
        return None
for f in (lambda: "<{}>".format(A()), lambda: f"a{A()}b", lambda: format(A()), lambda: f"{B()}", lambda: "{} {}".format(B(), B()), lambda: format(A(), "x")):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in ("x", -1, 2**100, 0, 3, True, 2.5):
    for f in (bool, len):
        try:
            print(n, f.__name__, f(L(n)))
        except (TypeError, ValueError, OverflowError) as e:
            print(n, f.__name__, type(e).__name__, e)
    try:
        print("if", "yes" if L(n) else "no", not L(n))
    except (TypeError, ValueError, OverflowError) as e:
        print("if", type(e).__name__, e)
