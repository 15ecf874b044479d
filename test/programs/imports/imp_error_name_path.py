# ImportError and ModuleNotFoundError carry name (the module) and path (its file, or None),
# both from the import system and from ImportError(msg, name=..., path=...).
import os.path
import toolbox

try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e.msg, e.args)

try:
    import toolbox.not_a_part
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.path, e)

try:
    import toolbox.tally.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)

try:
    from toolbox import not_a_name
except ImportError as e:
    print(type(e).__name__, e.name, e.path == toolbox.__file__, os.path.basename(e.path))

e = ImportError("message", name="mod", path="/x/mod.py")
print(e, e.name, e.path, e.msg, e.args)
e = ImportError("a", "b")
print(e, e.name, e.path, e.msg, e.args)
e = ImportError()
print(repr(e), e.name, e.path, e.msg)
e = ModuleNotFoundError(name="only_name")
print(repr(e), e.name, e.msg, e.args)
e.name = "changed"
e.msg = "a message set later"
print(e.name, str(e), e.args)

for bad in [lambda: ImportError("x", bogus=1), lambda: ModuleNotFoundError(name="n", mode=2),
            lambda: ValueError("x", name=1), lambda: ImportError("x", "y", "z", name=1, path=2, q=3)]:
    try:
        bad()
    except TypeError as t:
        print("TypeError:", t)


class PluginMissing(ImportError):
    pass


class WithInit(ImportError):
    def __init__(self, plugin):
        super().__init__("no plugin " + plugin, name=plugin)


class SkipsInit(ImportError):
    def __init__(self, plugin):
        self.plugin = plugin


p = PluginMissing("z", name="w")
print(type(p).__name__, p.name, p.path, p.args)
w = WithInit("spam")
print(w, w.name, w.path, w.args)
s = SkipsInit("eggs")
print(s.args, s.name, s.path, s.msg, s.plugin)
try:
    raise WithInit("ham")
except ImportError as caught:
    print("caught", caught.name, caught)


class MyError(ValueError):
    pass


try:
    MyError("x", detail=1)
except TypeError as t:
    print("TypeError:", t)
