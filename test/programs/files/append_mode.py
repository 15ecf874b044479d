# Append mode adds to the end; tell() reports the position in bytes.
import os

name = "append_mode_%d.log" % os.getpid()
with open(name, "w") as f:
    f.write("start\n")
    print("after first write:", f.tell())

for i in range(3):
    with open(name, "a") as f:
        print("append opens at", f.tell())
        f.write("entry %d\n" % i)
        print("now at", f.tell())

with open(name) as f:
    print(f.read(), end="")

with open(name, "a+") as f:
    f.write("last\n")
    f.seek(0)
    print(f.readlines()[-2:])

with open(name, "w") as f:
    f.write("replaced\n")
print(open(name).read(), end="")
os.remove(name)
