# int and float methods: bit_length/bit_count, conjugate, as_integer_ratio, to_bytes/from_bytes,
# is_integer and hex, including bools, big ints, negative and special values, and errors.
for n in [0, 1, -1, 5, -5, 255, 256, 2**31 - 1, 2**31, -2**40, 2**64 + 1, 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
print(True.bit_length(), False.bit_length(), True.conjugate(), type(True.conjugate()).__name__, True.as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, byteorder="little", signed=True))
print((2**70).to_bytes(10, "big"), (65).to_bytes(length=1, byteorder="big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "little"), int.from_bytes(b"\x80", byteorder="big", signed=False))
for n in [0, 1, 127, 128, -128, -129, 2**63 - 1, -2**63, 123456789]:
    size = (n.bit_length() + 8) // 8
    data = n.to_bytes(size, "little", signed=True)
    print(n, size, data, int.from_bytes(data, "little", signed=True) == n)
for x in [0.0, -0.0, 1.0, 2.5, -0.75, 1e300, 1e-320, 0.1, 3.0e15, float("inf"), float("nan")]:
    parts = [x.is_integer(), x.hex(), x.conjugate()]
    try:
        parts.append(x.as_integer_ratio())
    except (ValueError, OverflowError) as e:
        parts.append(type(e).__name__ + ": " + str(e))
    print(x, *parts)
num, den = (0.375).as_integer_ratio()
print(num, den, num / den == 0.375, [float(i).is_integer() for i in range(3)])
errors = [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
          lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"),
          lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "big", True),
          lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes(1, "big", sign=True),
          lambda: (1).bit_length(1), lambda: int.from_bytes("ab", "big"),
          lambda: int.from_bytes([256], "big"), lambda: (1.5).is_integer(2),
          lambda: int.bit_length(1.5)]
for f in errors:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
