# Searching bytes: find, rfind, index, rindex, count, startswith, endswith.
b = b"the cat sat on the mat"
print(b.find(b"at"), b.find(b"at", 6), b.find(b"at", 6, 9), b.find(b"dog"), b.find(ord("s")))
print(b.rfind(b"at"), b.rfind(b"the"), b.index(b"sat"), b.rindex(b"t"), b.count(b"at"), b.count(b"t", 10))
print(b.count(b""), b.find(b""), b.startswith(b"the"), b.startswith(b"cat", 4), b.endswith(b"mat"))
print(b.startswith((b"a", b"t")), b.endswith((b"x", b"y")), bytearray(b"xyz").find(b"z"))
print(b.hex(), b"\x00\xff".hex(), bytearray(b"AB").hex())
print(b"abc".isalpha(), b"a1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"".isdigit())
for bad in [lambda: b.index(b"dog"), lambda: b.find("at"), lambda: b.startswith("the"), lambda: b.rindex(b"zz")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
