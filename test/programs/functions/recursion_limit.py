# sys.setrecursionlimit raising the limit for deep recursion, and lowering it to catch RecursionError.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(200)
print(depth(100))
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError caught")
print(depth(150))
sys.setrecursionlimit(1000)
print("still working", depth(500))
