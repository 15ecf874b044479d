# Opening a directory as a file.
import os

dirname = "a_dir_%d" % os.getpid()
os.mkdir(dirname)
for mode in ["r", "w", "a"]:
    try:
        open(dirname, mode)
    except IsADirectoryError as e:
        print(mode, e.errno, e.strerror, e.filename == dirname)
    except PermissionError as e:
        print(mode, "PermissionError", e.errno)
try:
    open(".")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(os.path.join(dirname, "inner.txt"))
except FileNotFoundError as e:
    print("inner missing:", e.errno)
try:
    os.mkdir(dirname)
except FileExistsError as e:
    print("mkdir twice:", e.errno, e.strerror)
os.rmdir(dirname)
try:
    os.rmdir(dirname)
except FileNotFoundError as e:
    print("rmdir twice:", e.errno)
print(os.path.isdir(dirname))
