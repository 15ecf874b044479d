# Built-ins used the wrong way: object.__setattr__ on objects without a __dict__, writing a non-str
# to sys.stdout, a NUL in a path, __hash__() called directly, and static/class methods of
# built-in types reached through an instance.
import sys

for target in ("text", None, (1, 2), 3.5, 5, [], object, int):
    try:
        object.__setattr__(target, "a", 1)
        print("set on", type(target).__name__)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError("frozen")


f = Frozen(4)
print(f.x)
for bad in (5, None, b"bytes"):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError:", e)
for path in ("a\0b", b"x\0y"):
    try:
        open(path)
    except ValueError as e:
        print("ValueError:", e)


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return self.name.__hash__()


d = {Key("a"): 1}
print(d[Key("a")], "abc".__hash__() == hash("abc"), (5).__hash__(), (2.5).__hash__() == hash(2.5), True.__hash__(), frozenset({1}).__hash__() == hash(frozenset({1})))
try:
    [].__hash__()
except TypeError as e:
    print("TypeError:", e)
print("x".maketrans("ab", "cd"), (5).from_bytes(b"\x01\x00", "big"), b"".fromhex("ff 00"), str.maketrans({"a": "b"}), int.from_bytes(b"\x02", "little"))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.intern("name") == "name")

import os

top = "pygil_makedirs_%d" % os.getpid()
leaf = os.path.join(top, "a", "b")
os.makedirs(leaf, exist_ok=True)
os.makedirs(leaf, exist_ok=True)
try:
    os.makedirs(leaf)
except FileExistsError as e:
    print("FileExistsError", e.errno)
print(os.path.isdir(leaf))
os.rmdir(leaf)
os.rmdir(os.path.join(top, "a"))
os.rmdir(top)
print(os.path.exists(top))


class BadLen:
    def __len__(self):
        return []


for f in (len, bool):
    try:
        f(BadLen())
    except TypeError as e:
        print("TypeError:", e)
for target in (object(), [], 5):
    try:
        type.mro(target)
    except TypeError as e:
        print("TypeError:", e)
print(type.mro(bool))
for nd in ("a", 1.5, None, -1, 2):
    try:
        print(round(12345, nd), round(2.675, nd) if nd != "a" and nd != 1.5 else "")
    except TypeError as e:
        print("TypeError:", e)
