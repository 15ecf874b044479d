# An exception raised five calls deep propagates through every frame to the top level.
def level5(x):
    return [1, 2, 3][x]


def level4(x):
    return level5(x + 1)


def level3(x):
    return level4(x * 2)


def level2(x):
    print("level2 with", x)
    return level3(x)


def level1(x):
    return level2(x) + 1


print(level1(0))
print(level1(1))
print("not reached")
