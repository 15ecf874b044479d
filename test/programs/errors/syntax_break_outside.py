# 'break' outside a loop is a SyntaxError, even inside a function.
print("never printed")


def f():
    if True:
        break


f()
