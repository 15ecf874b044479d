# zip(..., strict=True) checks that every iterable has the same length; strict=False is plain zip.


def attempt(label, f):
    try:
        print(label, "->", f())
    except ValueError as e:
        print(label, "-> ValueError:", e)


attempt("equal lengths", lambda: list(zip("abc", [1, 2, 3], strict=True)))
attempt("second shorter", lambda: list(zip("abc", [1, 2], strict=True)))
attempt("second longer", lambda: list(zip("ab", [1, 2, 3], strict=True)))
attempt("third shorter", lambda: list(zip("abc", "xyz", [1], strict=True)))
attempt("third longer", lambda: list(zip("ab", "xy", [1, 2, 3], strict=True)))
attempt("first shorter", lambda: list(zip("", [1], [2], strict=True)))
attempt("strict=False", lambda: list(zip("abc", [1, 2], strict=False)))
attempt("no iterables", lambda: list(zip(strict=True)))
attempt("one iterable", lambda: list(zip([1, 2], strict=True)))

# the pairs before the mismatch are still produced, lazily
pairs = zip(range(5), "abc", strict=True)
got = []
try:
    for p in pairs:
        got.append(p)
except ValueError as e:
    print("after", got, "ValueError:", e)


# a generator that runs out early
def gen(n):
    yield from range(n)


attempt("generators", lambda: list(zip(gen(3), gen(2), strict=True)))
attempt("dict comprehension", lambda: {k: v for k, v in zip("ab", [1, 2], strict=True)})
