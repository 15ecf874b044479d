# A def whose body is not indented is an IndentationError.
print("never printed")


def f():
return 1


print(f())
