# bool/int/float/str/repr conversions, including edge cases and round trips.
print(int("  -42 "), float("2.5e3"), float(3), str(4.0), repr("4"), bool("False"))
print(float(" inf "), float("-1E-3"), float("0.1"), float(1 / 4))
print(repr(1.0), repr(10), repr("a\nb"), repr([1, "x"]), repr((1, 2.0)), repr(None), repr(True))
print(str(0.1 + 0.2), repr(0.1 + 0.2), str([0.1 + 0.2]), str(1e-5), str(123456789.0))
print(int(float("3.7")), round(float("3.7")), int("0b101", 0), int("-0x1A", 16))
print(bool(0), bool(0.0), bool(-0.0), bool(1e-300), bool(" "), bool([[]]))
print(list(str(2 ** 20)), int("".join(reversed(str(12345)))))
print(float(10 ** 20), int(1e20), int(12345678901234567890.0))
for text in ["12", "1.5", "abc", "1e3", " 7 "]:
    try:
        print(text, "int", int(text))
    except ValueError:
        try:
            print(text, "float", float(text))
        except ValueError as e:
            print(text, "neither:", e)
