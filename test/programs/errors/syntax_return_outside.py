# 'return' at module level is a SyntaxError found by the compiler, not the parser.
print("never printed")


def fine():
    return 1


x = fine()
if x:
    return x
