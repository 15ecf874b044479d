# sys.exit(3) ends the program with exit status 3 and no traceback, from inside a loop.
import sys

print("about to exit")
for i in range(5):
    if i == 2:
        sys.exit(3)
    print("i =", i)
print("not reached")
