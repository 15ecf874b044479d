# Writing a text file, then reading it back every way a script does.
import os

name = "write_read_basic_%d.txt" % os.getpid()
f = open(name, "w")
print(f.write("first line\n"))
print(f.write("second line\nthird line\n"))
print(f.write(""))
print(f.closed, f.name == name, f.mode)
f.close()
print(f.closed)

with open(name) as f:
    text = f.read()
print(repr(text), len(text))

with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()), repr(f.read()))

with open(name, "r") as f:
    print(f.readlines())

with open(name, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        print(number, line.rstrip("\n").upper())

with open(name) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), repr(f.read(1000)), repr(f.read()))

with open(name) as f:
    lines = [line.split() for line in f]
print(lines)
print(sum(len(line) for line in open(name)))
os.remove(name)
print(os.path.exists(name))
