# Mode 'x' creates a file and refuses an existing one.
import os

name = "exclusive_%d.txt" % os.getpid()
with open(name, "x") as f:
    f.write("made once\n")
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(str(e) == "[Errno 17] File exists: %r" % name)
with open(name) as f:
    print(f.read(), end="")
with open(name, "r+") as f:
    f.write("MADE")
    f.seek(0)
    print(f.read(), end="")
os.remove(name)
with open(name, "x") as f:
    print(f.mode, f.writable(), f.readable())
os.remove(name)
