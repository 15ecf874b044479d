# try/except/else/finally: which blocks run, in what order, for each outcome.
def attempt(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 / 0
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except lookup " + type(e).__name__)
    except Exception:
        log.append("except Exception")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


for kind in ["none", "value", "key", "zero"]:
    print(kind, attempt(kind))
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
e = "kept?"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError:
    print("except-as name is deleted after the handler")
