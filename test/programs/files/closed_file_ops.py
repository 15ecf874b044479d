# Every operation on a closed file raises ValueError('I/O operation on closed file.').
import os

name = "closed_ops_%d.txt" % os.getpid()
f = open(name, "w")
f.write("x\n")
f.close()
f.close()  # closing twice is fine
ops = [
    ("write", lambda: f.write("more")),
    ("flush", lambda: f.flush()),
    ("tell", lambda: f.tell()),
    ("seek", lambda: f.seek(0)),
]
g = open(name)
g.close()
ops += [
    ("read", lambda: g.read()),
    ("readline", lambda: g.readline()),
    ("readlines", lambda: g.readlines()),
    ("iterate", lambda: list(g)),
    ("next", lambda: next(g)),
    ("with", lambda: g.__enter__()),
]
for label, op in ops:
    try:
        op()
        print(label, "worked")
    except ValueError as e:
        print(label, type(e).__name__, e)
print(f.closed, g.closed)
os.remove(name)
