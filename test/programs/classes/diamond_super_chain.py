# Diamond inheritance with cooperative super(): every __init__ and method runs exactly
# once in MRO order; keyword arguments are peeled off along the chain; a broken chain.
log = []

class Root:
    def __init__(self, **kw):
        log.append("Root")
        self.rest = sorted(kw.items())

    def parts(self):
        return ["Root"]


class Left(Root):
    def __init__(self, left=0, **kw):
        log.append("Left>")
        super().__init__(**kw)
        log.append("<Left")
        self.left = left

    def parts(self):
        return ["Left"] + super().parts()


class Right(Root):
    def __init__(self, right=0, **kw):
        log.append("Right>")
        super().__init__(**kw)
        log.append("<Right")
        self.right = right

    def parts(self):
        return ["Right"] + super().parts()


class Bottom(Left, Right):
    def __init__(self, **kw):
        log.append("Bottom>")
        super().__init__(**kw)
        log.append("<Bottom")

    def parts(self):
        return ["Bottom"] + super().parts()


b = Bottom(left=1, right=2, colour="red", size=3)
print(log)
print(b.left, b.right, b.rest, b.parts())
print([c.__name__ for c in Bottom.__mro__])
log.clear()
r = Right(right=5)
print(log, r.parts(), r.right, r.rest)


class Lazy(Root):
    def __init__(self, **kw):
        log.append("Lazy (no super)")

    def parts(self):
        return ["Lazy"]


class Broken(Left, Lazy, Right):
    pass


log.clear()
k = Broken(left=7, right=8)
print(log, k.parts(), k.left, hasattr(k, "right"), hasattr(k, "rest"))
print(super(Left, b).parts(), super(Right, b).parts(), super(Bottom, b).parts())
