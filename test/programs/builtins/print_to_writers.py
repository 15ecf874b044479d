# print() goes through sys.stdout (replaced, redirected, None) and to any object with write(): one write per piece, flush=True calls flush().
import sys, io
from contextlib import redirect_stdout


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", 1, file=c, end="!")
print("b", "c", sep="-", file=c, flush=True)
print(c.parts)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 42)
    print("second line")
print("back:", repr(buf.getvalue()))
saved = sys.stdout
sys.stdout = Collector()
print("into the collector")
collected = sys.stdout.parts
sys.stdout = saved
print(collected, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("to stderr", file=sys.stderr)
sys.stdout = None
print("nowhere")
sys.stdout = saved
print("done")
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
