# seek/tell, and r+ to change a file in place.
import os

name = "seek_tell_%d.txt" % os.getpid()
with open(name, "w") as f:
    f.write("0123456789\nabcdefghij\n")
    print(f.tell())

with open(name, "r+") as f:
    print(f.read(4), f.tell())
    f.seek(2)
    print(f.read(3), f.tell())
    print(f.seek(0, 2), f.tell())
    f.seek(0)
    f.write("XY")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    try:
        f.seek(-1)
    except ValueError as e:
        print("ValueError", e)
    try:
        f.seek(3, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError", e)
    print(f.seek(0, 1) == f.tell(), f.seekable())

with open(name, "r+") as f:
    f.truncate(5)
    print(repr(f.read()))
with open(name, "rb") as f:
    f.seek(-2, 2)
    print(f.read(), f.tell())
    f.seek(1)
    f.seek(2, 1)
    print(f.read(1))
os.remove(name)
