# Universal newlines: '\r\n' and '\r' read as '\n' unless newline='' is given.
import os

name = "newlines_%d.txt" % os.getpid()
with open(name, "wb") as f:
    f.write(b"dos line\r\nold mac line\runix line\nlast")
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print([line for line in f])
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)))
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name, newline="\n") as f:
    print(f.readlines())
with open(name, "rb") as f:
    print(f.readlines())
with open(name, "w") as f:
    f.write("a\nb\n")
print(open(name, "rb").read())
os.remove(name)
