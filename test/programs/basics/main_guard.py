# The __name__ == "__main__" idiom and module-level code ordering.
print("module start", __name__)


def helper(n):
    return n * 2


def main():
    total = 0
    for i in range(5):
        total += helper(i)
    print("total", total)
    return total


if __name__ == "__main__":
    result = main()
    print("main returned", result)
else:
    print("imported")
print("module end")
