# bytes() and bytearray() from ints, iterables, strs with an encoding, and other bytes.
print(bytes(), bytes(0), bytes(4), bytes([72, 105]), bytes((0, 255)), bytes(range(65, 70)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes(x * 2 for x in range(5)), bytes([True, False]), bytes(map(ord, "map")))
print(bytearray(), bytearray(3), bytearray([1, 2, 3]), bytearray(b"abc"), bytearray("xyz", "latin-1"))
print(bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("00ff"))
b = bytes([1, 2, 3])
print(bytes(b) == b, list(b), tuple(bytearray(b"AB")))
for bad in [
    lambda: bytes("text"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]),
    lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(b"x", "utf-8"), lambda: bytearray([300]),
    lambda: bytes("x", "bogus"), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("0g"), lambda: bytearray("x"),
]:
    try:
        print(bad())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
