# An uncaught exception still runs every finally block on its way out.
def inner():
    try:
        print("inner try")
        raise TypeError("from inner")
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    finally:
        print("outer finally")


try:
    outer()
finally:
    print("module finally")
print("not reached")
