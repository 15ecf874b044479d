# An uncaught UnboundLocalError: a local read before its assignment in the same function.
count = 0


def increment():
    count += 1
    return count


print("before")
increment()
