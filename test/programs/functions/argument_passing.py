# Argument binding order and evaluation order of arguments and default expressions.
order = []


def val(tag, v):
    order.append(tag)
    return v


def f(a, b, c=3, *rest, d, **extra):
    return a, b, c, rest, d, extra


print(f(val("a", 1), val("b", 2), d=val("d", 4)))
print(order)
order.clear()
print(f(val("1", 1), val("2", 2), val("3", 3), val("4", 4), d=val("k", 0), z=val("z", 9)))
print(order)


def describe(name, *tags, sep=", ", **props):
    text = name + ": " + sep.join(tags)
    for key in props:
        text += sep + key + "=" + str(props[key])
    return text


print(describe("box"))
print(describe("box", "red", "big", size=3, weight=1.5))
print(describe("box", *["a", "b"], sep="/", **{"k": "v"}))


def swap(pair):
    pair[0], pair[1] = pair[1], pair[0]


data = [1, 2]
swap(data)
print(data)
try:
    f(1, 2, d=1, a=5)
except TypeError as e:
    print("TypeError:", e)
