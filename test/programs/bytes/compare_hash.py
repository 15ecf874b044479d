# Comparing, hashing and sorting bytes; bytearray equals bytes but is unhashable.
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" < b"\x00")
print(b"abc" == "abc", b"a" == 97, bytearray(b"x") == b"x", b"x" == bytearray(b"x"), bytearray(b"a") < b"b")
print(sorted([b"pear", b"apple", b"Fig", b"fig", b""]), max([b"a", b"b"]), min(b"zz", b"zy"))
d = {b"key": 1, b"other": 2}
print(d[b"key"], b"other" in d, len({b"a", b"a", b"b"}), hash(b"abc") == hash(b"ab" + b"c"))
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print("TypeError", e)
try:
    {bytearray(): 1}
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError", e)
print(bool(b""), bool(b"\x00"), not bytearray(), b"a" if b"" else b"b")
