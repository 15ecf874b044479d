# Mutually recursive functions, functions defined in loops, and recursion over nested tuples.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([is_even(n) for n in range(6)], is_odd(101))


def tree_sum(node):
    if isinstance(node, int):
        return node
    return sum(tree_sum(child) for child in node)


def tree_depth(node):
    if isinstance(node, int):
        return 0
    return 1 + max((tree_depth(child) for child in node), default=0)


tree = (1, (2, 3), ((4,), (5, (6, 7))), ())
print(tree_sum(tree), tree_depth(tree))
adders = []
for k in range(3):
    def adder(x, k=k):
        return x + k
    adders.append(adder)
print([f(10) for f in adders], adders[0] is adders[1])


def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]


best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best))
