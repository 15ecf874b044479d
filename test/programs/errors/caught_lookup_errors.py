# Lookup errors (KeyError, IndexError) caught and printed, including via their base class.
tests = [
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[3],
    lambda: {(1, 2): 0}[(2, 1)],
    lambda: [1, 2][5],
    lambda: [][-1],
    lambda: (1,)[1],
    lambda: "abc"[10],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: {}.pop("x"),
    lambda: [1, 2, 3].pop(7),
]
for t in tests:
    try:
        t()
    except LookupError as e:
        print(type(e).__name__, e, isinstance(e, KeyError), isinstance(e, IndexError))
try:
    {"k": 1}["missing key"]
except KeyError as e:
    print(repr(e), e.args[0])
