# Splitting, joining, stripping, replacing and case changes return bytes (or bytearray).
line = b"  name=Ada; lang = Python ;year=1843  "
print(line.split(), line.split(b";"), line.split(b";", 1), line.strip().split(b"="))
print(b"a,b,,c".split(b","), b"one two  three".split(None, 1), b"".split(), b"xx".split(b"x"))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join(bytearray(b"x") for _ in range(2)))
print(line.strip(), line.lstrip(), line.rstrip(), b"xxhixx".strip(b"x"), b"<>a<>".strip(b"<>"))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"bc", 2), b"abc".replace(b"", b"-"), b"hello".replace(b"l", b""))
print(b"MiXeD".upper(), b"MiXeD".lower(), b"MiXeD".swapcase())
ba = bytearray(b"Mixed Case")
print(ba.upper(), type(ba.split()[0]).__name__, ba.replace(b" ", b"_"))
pairs = dict(kv.strip().split(b"=") for kv in b"a=1; b=2".split(b";"))
print(pairs)
for bad in [lambda: b"a b".split(" "), lambda: b"x".join([b"a", "b"]), lambda: b"x".join([1]),
            lambda: b"abc".strip("a"), lambda: b"a".split(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
