# int() from strings with bases, from floats and bools; str() of ints.
print(int("42"), int("-17"), int("  8  "), int("+3"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("1010", 2), int("0b1010", 0), int("777", 8), int("0o777", 0))
print(int("z", 36), int("zz", 36), int("10", 3))
print(int("1_000_000"), int("123456789012345678901234567890"))
print(int(3.99), int(-3.99), int(0.0), int(True), int(False))
print(int(1e18), int(-2.5e3))
print(int(), int("0"), int("-0"))
for bad in ["", "abc", "1.5", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
print(str(12345), str(-0), str(10 ** 20), repr(-5))
print(int(str(2 ** 80)) == 2 ** 80)
