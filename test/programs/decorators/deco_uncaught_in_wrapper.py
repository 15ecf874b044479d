# A decorator that validates arguments raises: uncaught, the traceback passes through the
# wrapper frame into the decorated call site.
def check_types(*types):
    def decorate(func):
        def wrapper(*args):
            for i, (arg, kind) in enumerate(zip(args, types)):
                if not isinstance(arg, kind):
                    raise TypeError(f"argument {i} of {func.__name__} must be {kind.__name__}, not {type(arg).__name__}")
            return func(*args)
        return wrapper
    return decorate


@check_types(str, int)
def pad(text, width):
    return text.rjust(width, ".")


print(pad("abc", 6))
print(pad("xy", 3))
print(pad(5, "x"))
