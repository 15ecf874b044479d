# except (A, B) as e, a handler tuple stored in a variable, bare raise re-raising the current
# exception, the as-name being unbound after the handler, else/finally ordering, and nested
# try blocks choosing the innermost matching handler.
NUMERIC = (ValueError, ZeroDivisionError)


def parse_ratio(text):
    a, b = text.split("/")
    return int(a) / int(b)


for text in ["3/4", "1/0", "x/2", "5", "1/2/3", "8/2"]:
    try:
        value = parse_ratio(text)
    except NUMERIC as err:
        print(f"{text!r}: numeric problem {type(err).__name__}: {err}")
    except (TypeError, IndexError) as err:
        print(f"{text!r}: unexpected {type(err).__name__}")
    else:
        print(f"{text!r}: ok {value}")
    finally:
        print("  checked", text)

try:
    try:
        raise KeyError("inner")
    except KeyError as err:
        print("logging", repr(err))
        raise
except LookupError as outer:
    print("re-raised and caught outside:", repr(outer))

try:
    raise ValueError("temporary")
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)


def classify(values):
    results = []
    for v in values:
        try:
            try:
                results.append(10 // v)
            except ZeroDivisionError:
                results.append("inf")
                raise ArithmeticError("divide by zero noted")
        except ArithmeticError as err:
            results.append(str(err))
        except TypeError:
            results.append("bad type")
    return results


print(classify([2, 0, "x", 5]))


def order():
    steps = []
    try:
        steps.append("try")
    except Exception:
        steps.append("except")
    else:
        steps.append("else")
        try:
            raise RuntimeError("from else")
        except RuntimeError:
            steps.append("caught from else")
    finally:
        steps.append("finally")
    return steps


print(order())

try:
    raise IndexError("first")
except (IndexError, KeyError) as first:
    try:
        raise KeyError("second")
    except (IndexError, KeyError) as second:
        print(type(first).__name__, type(second).__name__, second.__context__ is first)

handlers = []
for exc_class in [ValueError, TypeError, KeyError]:
    try:
        raise exc_class("generated")
    except (ValueError, TypeError) as e:
        handlers.append(("tuple", type(e).__name__))
    except Exception as e:
        handlers.append(("generic", type(e).__name__))
print(handlers)

try:
    try:
        pass
    except ():
        print("empty tuple matches nothing")
    raise ValueError("after empty tuple handler")
except () as never:
    print("never")
except ValueError as err:
    print("empty tuple handler skipped:", err)
