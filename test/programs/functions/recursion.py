# Recursive functions: factorial, fibonacci with memo dict, Ackermann, flattening, permutations.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


memo = {}


def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out


def perms(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result


print(fact(20), fact(30))
print(fib(90))
print(ackermann(2, 3))
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(perms([1, 2, 3]))
print(len(perms(list("abcde"))))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(hanoi(3, "A", "C", "B", []), len(hanoi(10, "A", "C", "B", [])))
