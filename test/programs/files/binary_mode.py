# Binary files read and write bytes.
import os

name = "binary_mode_%d.bin" % os.getpid()
data = bytes(range(0, 256, 17)) + b"\r\n\x00end"
with open(name, "wb") as f:
    print(f.write(data), f.mode)
    print(f.write(bytearray(b"++")))
with open(name, "rb") as f:
    back = f.read()
print(back == data + b"++", len(back), back[:4], back[-7:])
with open(name, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    print(f.readline())
    print(list(f))
with open(name, "ab") as f:
    f.write("tail".encode("ascii"))
with open(name, "rb") as f:
    print(f.read()[-6:])
for bad in [lambda: open(name, "wb").write("text"), lambda: open(name, "w").write(b"bytes"), lambda: open(name, "r").write("x")]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
with open(name, "w") as f:
    f.write("héllo\n")
with open(name, "rb") as f:
    raw = f.read()
print(raw, raw.decode("utf-8"), len(raw))
os.remove(name)
