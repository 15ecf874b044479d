# A handler turns Ctrl-C into sys.exit(3); input() is interrupted while it waits for a line.
import sys

try:
    print("stage 1: input()", flush=True)
    line = input()
    print("read", line)
except KeyboardInterrupt:
    print("interrupted while reading")
    sys.exit(3)
