# An uncaught NameError from a misspelt name inside a function.
def compute():
    total = 5
    return totl * 2


def safe():
    return 21 * 2


print(safe())
print("calling")
compute()
