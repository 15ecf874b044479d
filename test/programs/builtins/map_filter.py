# map and filter with functions, lambdas, builtins, None as filter and several iterables.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(int, "123")))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])), list(map(abs, (-1, 2, -3))))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda n: n % 2, range(10))), tuple(filter(lambda s: len(s) > 1, ["a", "bc"])))
squares = map(lambda n: n * n, range(5))
print(list(squares), list(squares))
print(sum(map(int, "9 8 7".split())), max(map(len, ["ab", "abcd", "abc"])))
print(sorted(map(lambda w: w[::-1], ["abc", "xy"])), list(map(str.upper, filter(None, ["a", "", "b"]))))


def is_even(n):
    return n % 2 == 0


print(list(filter(is_even, [1, 2, 3, 4])), list(map(is_even, [1, 2])))
print(list(map(pow, [2, 3], [5, 2])), list(map(divmod, [7, 9], [2, 4])))
