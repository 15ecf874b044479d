# getattr, setattr, hasattr, delattr, callable, slice, frozenset and object().
class Config:
    debug = False

    def __init__(self):
        self.level = 1

    @property
    def loud(self):
        return self.level > 2


c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "default"), getattr(c, "loud"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, c.loud, hasattr(c, "new_attr"), hasattr(c, "nope"), hasattr(Config, "debug"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
for bad in [lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: getattr(c, 5), lambda: setattr(5, "x", 1),
            lambda: getattr(), lambda: hasattr(c)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(callable(len), callable(Config), callable(c), callable(c.__init__), callable(lambda: 1), callable(3), callable("s"))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, list(range(20))[s], "abcdefghijk"[s], slice(5), slice(None, None, -1))
print(s.indices(5), slice(-3, None).indices(10))
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, fs | {9}, fs & frozenset([1, 7]), frozenset(), hash(fs) == hash(frozenset([1, 2, 3])))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), isinstance(Config, object))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError", e)
print(isinstance(3, complex), isinstance(3, (complex, int)))
