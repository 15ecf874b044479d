# A with statement on an object without __enter__ or __exit__: CPython 3.11's TypeError texts
# (__enter__ is looked up first; only an object that has it "missed __exit__").


class OnlyEnter:
    def __enter__(self):
        print("enter ran")
        return self


class OnlyExit:
    def __exit__(self, *exc):
        print("exit ran")


class Neither:
    pass


class Both(OnlyEnter, OnlyExit):
    pass


class InstanceAttrsOnly:
    def __init__(self):
        # special methods are looked up on the class, never on the instance
        self.__enter__ = lambda: None
        self.__exit__ = lambda *a: None


for make in [OnlyEnter, OnlyExit, Neither, InstanceAttrsOnly, int, lambda: "text", lambda: [1]]:
    try:
        with make():
            print("body ran")
    except TypeError as err:
        print(type(err).__name__, err)

with Both() as b:
    print("body ran with", type(b).__name__)
