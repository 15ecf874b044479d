# A with block closes its file, whether the block finishes or raises.
import os

name = "with_close_%d.txt" % os.getpid()
with open(name, "w") as out:
    print("inside:", out.closed)
    out.write("data\n")
print("after:", out.closed)

try:
    with open(name) as src:
        first = src.readline()
        raise RuntimeError("stop after " + first.strip())
except RuntimeError as e:
    print("caught:", e)
print("closed after error:", src.closed)


class Closing:
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.f = open(self.path)
        return self.f

    def __exit__(self, kind, value, tb):
        self.f.close()
        print("Closing saw", kind.__name__ if kind else None)
        return kind is ValueError


with Closing(name) as f:
    print(f.read().strip())
with Closing(name) as f:
    raise ValueError("suppressed")
print("f closed:", f.closed)

with open(name) as a, open(name) as b:
    print(a.read() == b.read(), a is b)
print(a.closed, b.closed)
f = open(name)
print(f.__enter__() is f)
f.__exit__(None, None, None)
print(f.closed)
os.remove(name)
