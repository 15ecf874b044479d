# Multiple inheritance and the C3 method resolution order: __mro__, mro(), which base
# wins for a method or attribute, and the TypeErrors for impossible or duplicate bases.
def names(cls):
    return [c.__name__ for c in cls.__mro__]


class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only A"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def only_c(self):
        return "only C"


class D(B, C):
    pass


class E(C, B):
    def who(self):
        return "E>" + super().who()


for cls in (A, B, C, D, E):
    print(cls.__name__, names(cls), cls().who())
d = D()
print(d.only_a(), d.only_c(), D.mro() == list(D.__mro__), names(object))

class Base: pass
class Left(Base): pass
class Mid(Base): pass
class Right(Base): pass
class X(Left, Mid): pass
class Y(Mid, Right): pass
class Z(X, Y, Right): pass
class W(Y, Left): pass
class Fine(X, Y, Left, Mid): pass
class Oops(D, B, C, A): pass

for cls in (X, Y, Z, W, Fine, Oops):
    print(cls.__name__, names(cls), [b.__name__ for b in cls.__bases__])
Mid.tag = "mid"
Right.tag = "right"
Base.tag = "base"
print(Z.tag, W.tag, X.tag, Left.tag, Right().tag)
try:
    class Bad1(A, B): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(B, A, C): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
