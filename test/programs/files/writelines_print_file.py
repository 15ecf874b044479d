# writelines and print(..., file=f).
import os

name = "writelines_%d.txt" % os.getpid()
with open(name, "w") as f:
    f.writelines(["alpha\n", "beta\n"])
    f.writelines("gh")
    f.writelines(line + "\n" for line in ["", "gamma"])
    print("x", 1, 2.5, None, sep=",", file=f)
    print("no newline", end="", file=f)
    print(file=f)
    print("done", file=f)
    try:
        f.writelines(["ok\n", 5])
    except TypeError as e:
        print("TypeError", e)
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name, "rb") as f:
    try:
        print("text", file=open(name, "rb"))
    except (TypeError, OSError) as e:
        print(type(e).__name__)
os.remove(name)
