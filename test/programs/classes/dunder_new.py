# __new__: called before __init__ with the class and the call's arguments; __init__ runs only on
# an instance of the class; object.__new__ makes the bare instance.


class Point:
    def __new__(cls, x, y):
        print("__new__", cls.__name__, x, y)
        obj = super().__new__(cls)
        obj.created_by_new = True
        return obj

    def __init__(self, x, y):
        print("__init__", x, y)
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.created_by_new, p.x, p.y, type(p).__name__)


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z


try:
    Point3(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
q = Point3(4, 5)
print(q.x, q.y, q.z, isinstance(q, Point))


# a singleton: __new__ returns the same object, __init__ runs each time
class Config:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
            cls._instance.calls = 0
        return cls._instance

    def __init__(self):
        self.calls += 1


a = Config()
b = Config()
print(a is b, a.calls)


# __new__ returning something else: __init__ is skipped
class Weird:
    def __new__(cls, n):
        return n * 2

    def __init__(self, n):
        print("never")


w = Weird(21)
print(w, type(w).__name__)


# caching instances by value
class Interned:
    _cache = {}

    def __new__(cls, name):
        if name not in cls._cache:
            obj = super().__new__(cls)
            obj.name = name
            cls._cache[name] = obj
        return cls._cache[name]


print(Interned("a") is Interned("a"), Interned("a") is Interned("b"), len(Interned._cache))


# __new__ is a static method: callable through the class with the class as first argument
class Plain:
    pass


o = Plain.__new__(Plain)
print(type(o).__name__, type(object.__new__(Plain)).__name__, isinstance(object.__new__(object), object))

# object.__new__ refuses extra arguments when the class overrides __new__
class Strict:
    def __new__(cls, value):
        return object.__new__(cls, value)


try:
    Strict(1)
except TypeError as e:
    print("TypeError:", e)

# ... or when nothing would take them
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)

# and it cannot make built-in objects
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)


# an exception class with __new__
class Code(Exception):
    def __new__(cls, code):
        obj = super().__new__(cls, code)
        obj.code = code
        return obj


try:
    raise Code(404)
except Code as e:
    print("Code", e.code, e.args)
