# for/else and while/else as search idioms, with and without break.
def find_first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            result = index
            break
    else:
        result = None
    return result


print(find_first_negative([3, 4, -1, 5]), find_first_negative([1, 2]), find_first_negative([]))


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False


print([n for n in range(30) if is_prime(n)])
attempts = 0
for attempt in range(3):
    attempts += 1
    if attempt == 5:
        break
else:
    print("ran all", attempts, "attempts")
