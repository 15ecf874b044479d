from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'c', repeat=2))[:5])
print(list(product()))
print(len(list(product(range(3), range(4)))))

print(list(permutations([1, 2, 3])))
print(list(permutations('abcd', 2)))
print(list(permutations('ab', 3)))
print(len(list(permutations(range(5)))))

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 5)))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement([1, 2], 3)))

coins = [1, 2, 5]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 8]
print(ways)
pairs = {(a, b) for a, b in permutations(range(3), 2)}
print(sorted(pairs))
grid = [(x, y) for x, y in product(range(2), range(3)) if x != y]
print(grid)
