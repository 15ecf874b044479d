# global statements, module-level state and name lookup order (local, global, builtin).
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_only():
    return counter * 10


for _ in range(3):
    bump()
print(counter, read_only())


def make_new_global():
    global created
    created = "made inside"


make_new_global()
print(created)


def shadow():
    len = 5
    return len


print(shadow(), len("abc"))
total = 100


def local_shadow():
    total = 1
    return total


print(local_shadow(), total)


def uses_builtin():
    return max(3, 9)


max_value = uses_builtin()
print(max_value)
