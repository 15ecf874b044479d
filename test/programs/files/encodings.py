# Text files in utf-8, latin-1 and ascii, and what goes wrong with each.
import os

name = "encodings_%d.txt" % os.getpid()
text = "café naïve 10€"
with open(name, "w", encoding="utf-8") as f:
    print(f.write(text), f.encoding)
print(len(open(name, "rb").read()), open(name, encoding="UTF8").read() == text)
with open(name, "w", encoding="latin-1") as f:
    try:
        f.write(text)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    f.write("café")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(f.read())
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(isinstance(e, ValueError))
with open(name, encoding="ascii", errors="replace") as f:
    print(f.read())
with open(name, "w", encoding="ascii", errors="ignore") as f:
    f.write("naïve")
print(open(name).read())
with open(name) as f:
    print(f.encoding, repr(f)[:26])
os.remove(name)
