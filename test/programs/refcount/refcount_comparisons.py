# Comparisons of reference counts between objects with different numbers of holders.
import sys

lonely = [1]
popular = [2]
holders = [popular, popular, popular]
print(sys.getrefcount(popular) > sys.getrefcount(lonely))
print(sys.getrefcount(popular) - sys.getrefcount(lonely))
pair = (lonely,)
print(sys.getrefcount(popular) - sys.getrefcount(lonely))


def count_inside(x):
    return sys.getrefcount(x)


before = count_inside(lonely)
holders.append(lonely)
after = count_inside(lonely)
print(after - before)
holders.clear()
print(sys.getrefcount(popular) - sys.getrefcount(lonely))
fresh = [9, 9]
print(sys.getrefcount(fresh) == sys.getrefcount(lonely) - 1)
