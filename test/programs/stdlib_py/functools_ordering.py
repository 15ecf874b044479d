from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))
        self.text = text
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'Version(%r)' % self.text

a, b, c = Version('1.2'), Version('1.10'), Version('1.2')
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a > c)
print(sorted([Version('2.0'), b, a, Version('0.9')]))
print(max(a, b), min(a, b))

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

print(Score(3) < Score(4), Score(3) >= Score(3), Score(5) <= Score(4))

def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    if x < y:
        return -1
    return 1 if x > y else 0

words = ['kiwi', 'fig', 'apple', 'date', 'plum', 'banana']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda x, y: by_len_then_alpha(y, x))))
K = cmp_to_key(by_len_then_alpha)
print(K('ab') < K('abc'), K('ab') == K('ab'), K('b') > K('a'))
print(max(words, key=cmp_to_key(by_len_then_alpha)))
