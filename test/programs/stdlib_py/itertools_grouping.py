from itertools import groupby, accumulate, zip_longest, starmap, filterfalse, pairwise, compress
import operator

data = 'aaabbcaad'
print([(k, list(g)) for k, g in groupby(data)])
print([k for k, _ in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = groupby([1, 1, 2, 3, 3, 3])
print([(k, len(list(g))) for k, g in groups])
it = groupby('xxyyz')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, k2, list(g2), list(g1))

print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))

print(list(zip_longest('abc', [1])))
print(list(zip_longest([1, 2], 'w', [True, False, None], fillvalue='-')))
print(list(zip_longest()))

print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(starmap(lambda a, b: a + b, zip('abc', 'xyz'))))
print(list(filterfalse(lambda x: x % 3, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None])))
print(list(pairwise([1, 4, 9, 16])), list(pairwise('a')))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
