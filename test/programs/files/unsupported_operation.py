# Reading a file opened for writing (and the reverse): io.UnsupportedOperation, an OSError and a ValueError.
import os

name = "unsupported_%d.txt" % os.getpid()
with open(name, "w") as f:
    print(f.readable(), f.writable())
    try:
        f.read()
    except OSError as e:
        print("as OSError:", e)
    try:
        f.readline()
    except ValueError as e:
        print("as ValueError:", e)
    try:
        for line in f:
            pass
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(name) as f:
    print(f.readable(), f.writable())
    for op in (lambda: f.write("x"), lambda: f.writelines(["x"]), lambda: f.truncate(0)):
        try:
            op()
        except OSError as e:
            print(type(e).__module__, type(e).__name__, e)
os.remove(name)
