# open() checks its mode and other arguments before touching the disk.
cases = [
    ("nothing.txt", "rw"), ("nothing.txt", "rr"), ("nothing.txt", "q"), ("nothing.txt", ""),
    ("nothing.txt", "+"), ("nothing.txt", "rbt"), ("nothing.txt", "wa"), ("nothing.txt", "U"),
]
for path, mode in cases:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), "->", e)
for call in [
    lambda: open("nothing.txt", 5),
    lambda: open(3.5),
    lambda: open(["x"]),
    lambda: open("nothing.txt", "rb", encoding="utf-8"),
    lambda: open("nothing.txt", "r", encoding=5),
    lambda: open("bad_modes.py", "r", newline="x"),
    lambda: open("bad_modes.py", "r", encoding="no-such-codec"),
    lambda: open("nothing.txt", "r", encoding="no-such-codec"),
    lambda: open(),
]:
    try:
        call()
    except (TypeError, ValueError, LookupError, OSError) as e:
        print(type(e).__name__, e)
