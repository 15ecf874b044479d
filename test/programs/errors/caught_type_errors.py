# TypeErrors from bad operand types, bad calls and unhashable keys, with CPython's messages.
five = 5
index = 1.5
tests = [
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: [1] + (2,),
    lambda: 3 < "x",
    lambda: None + 1,
    lambda: -"s",
    lambda: len(5),
    lambda: abs("x"),
    lambda: {[1]: 2},
    lambda: {1, 2, [3]},
    lambda: (lambda a: a)(),
    lambda: (lambda: 0)(1),
    lambda: five(),
    lambda: "abc"[index],
    lambda: int([1]),
    lambda: sum(["a", "b"]),
    lambda: [1, 2] * [3],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
