# FileNotFoundError: its text, errno, strerror, filename and args, and where it sits.
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.strerror, e.filename, e.args)
    print(type(e).__name__, isinstance(e, OSError), isinstance(e, Exception))
    print(repr(e))

for mode in ["r", "r+", "rb"]:
    try:
        open("missing_dir/none.txt", mode)
    except OSError as e:
        print(mode, type(e).__name__, e)

try:
    open("")
except FileNotFoundError as e:
    print(e)

try:
    open("sub/dir/out.txt", "w")
except IOError as e:
    print("IOError is OSError:", IOError is OSError, EnvironmentError is OSError)
    print(e.errno, e.filename)


def load(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError:
        return None


print(load("also_missing.cfg"))
