# sys.exit() and sys.exit(None) give exit status 0, even from inside nested calls and loops.
import sys


def deep(n):
    if n == 0:
        print("exiting cleanly")
        sys.exit(None)
    deep(n - 1)


for i in range(3):
    print("loop", i)
deep(3)
print("not reached")
