# UnicodeDecodeError and UnicodeEncodeError texts, caught and inspected.
cases = [
    lambda: b"\xff".decode(), lambda: b"ok\x80".decode("utf-8"), lambda: b"\xc3".decode(),
    lambda: b"a\xe2\x28\xa1".decode(), lambda: b"\xe2\x82".decode(), lambda: b"\xf0\x9f\x8e".decode(),
    lambda: b"caf\xe9".decode("ascii"), lambda: b"\xed\xa0\x80".decode(),
    lambda: "naïve".encode("ascii"), lambda: "€".encode("latin-1"), lambda: "ab€€c".encode("ascii"),
    lambda: "x".encode("no-such"), lambda: b"x".decode("no-such"), lambda: "x".encode(errors="weird"),
]
for case in cases:
    try:
        print(case())
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, ValueError))
    except LookupError as e:
        print("LookupError |", e)
