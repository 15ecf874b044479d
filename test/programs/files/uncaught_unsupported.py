# An uncaught io.UnsupportedOperation names its module in the traceback.
import os

name = "uncaught_unsupported_%d.txt" % os.getpid()
f = open(name, "w")
f.write("content\n")
f.close()
os.remove(name)
g = open(name, "w")
os.remove(name)
print("reading a write-only file")
g.read()
