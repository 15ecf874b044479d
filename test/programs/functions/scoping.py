# Local, enclosing, global and builtin scopes, and UnboundLocalError from assignment after use.
x = "global"


def read_global():
    return x


def local_shadow():
    x = "local"
    return x


def enclosing():
    x = "enclosing"

    def inner():
        return x
    return inner()


print(read_global(), local_shadow(), enclosing(), x)


def broken():
    print("before")
    y = x
    x = "assigned later"
    return y


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def loop_var_leaks():
    for i in range(3):
        pass
    return i


print(loop_var_leaks())


def comprehension_scope():
    i = "kept"
    squares = [i * i for i in range(3)]
    return i, squares


print(comprehension_scope())
