# Arithmetic and conversion errors caught and printed as "TypeName message".
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: divmod(5, 0),
    lambda: int("12x"),
    lambda: int("5", 1),
    lambda: float("abc"),
    lambda: 10 ** -1 // 0,
    lambda: 10.0 ** -400 / 0.0,
    lambda: int(float("inf")),
    lambda: round(float("nan")),
    lambda: pow(0, -1),
]
for t in tests:
    try:
        print("no error", t())
    except Exception as e:
        print(type(e).__name__, e)
