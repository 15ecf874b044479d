# The built-in exception hierarchy seen through isinstance/issubclass and except clauses:
# which handler catches what, __mro__-free checks, and BaseException vs Exception.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (FileNotFoundError, OSError),
    (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (UnicodeDecodeError, ValueError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (AssertionError, Exception),
    (TypeError, ValueError),
    (bool, int),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} < {sup.__name__:16} {issubclass(sub, sup)}")

print(issubclass(KeyError, (TypeError, LookupError)), issubclass(Exception, BaseException))
print(isinstance(KeyError("k"), LookupError), isinstance(ValueError(), (KeyError, IndexError)))
print(isinstance(KeyError, type), isinstance(ValueError("v"), BaseException))


def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["nope"]
    if kind == "index":
        return [][3]
    if kind == "attr":
        return None.missing
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("1.5")
    if kind == "name":
        return undefined_name
    if kind == "overflow":
        return 2.0 ** 10000
    if kind == "assert":
        assert kind == "other", "kinds differ"
    if kind == "recursion":
        return trigger(kind)
    if kind == "stop":
        return next(iter([]))
    return "no error"


for kind in ["zero", "key", "index", "attr", "type", "value", "name", "overflow", "assert",
             "recursion", "stop", "none"]:
    try:
        result = trigger(kind)
    except LookupError as err:
        print(kind, "-> LookupError handler:", type(err).__name__, err)
    except ArithmeticError as err:
        print(kind, "-> ArithmeticError handler:", type(err).__name__, err)
    except (NameError, AttributeError) as err:
        print(kind, "-> name/attr handler:", type(err).__name__, err)
    except RuntimeError as err:
        print(kind, "-> RuntimeError handler:", type(err).__name__, str(err)[:40])
    except Exception as err:
        print(kind, "-> generic handler:", type(err).__name__, err)
    else:
        print(kind, "-> no exception:", result)

try:
    raise SystemExit(3)
except Exception:
    print("wrong: Exception caught SystemExit")
except BaseException as err:
    print("BaseException caught", type(err).__name__, err.code)

err = OSError(2, "No such file")
print(type(err).__name__, err.errno, err.strerror, err)
err = FileNotFoundError(2, "gone", "data.txt")
print(type(err).__name__, err.errno, err.filename, str(err))
print(KeyError("quote me"), str(KeyError("a", "b")), repr(IndexError()), str(ValueError()))
print(repr(Exception("x", 2)), Exception("x", 2).args, ZeroDivisionError("z").args)
