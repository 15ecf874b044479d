# raise, bare re-raise inside except, raising exception classes vs instances, exception args.
def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ZeroDivisionError
    return 10 // n


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("wrapper saw ValueError, re-raising")
        raise


for n in [5, 0, -2]:
    try:
        print("result", wrapper(n))
    except ValueError as e:
        print("caller caught", type(e).__name__, e.args)
    except ZeroDivisionError as e:
        print("caller caught", type(e).__name__, repr(e), str(e) == "")
try:
    raise KeyError("a", 1)
except KeyError as e:
    print(e.args, len(e.args))
try:
    raise Exception("multi", "args")
except Exception as e:
    print(e)
err = ValueError("stored")
try:
    raise err
except ValueError as caught:
    print(caught is err)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__)
