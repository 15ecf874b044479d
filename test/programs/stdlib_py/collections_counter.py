from collections import Counter

c = Counter('mississippi')
print(c)
print(c['s'], c['z'], len(c), 'p' in c, 'q' in c)
print(c.most_common(2), c.most_common()[-1])
print(Counter(['b', 'a', 'c', 'a', 'b']).most_common())
print(Counter({'x': 2, 'y': 5}), Counter(a=1, b=3), Counter())
print(c.total(), sorted(c.elements()))
c.update('sip')
c.update({'m': 4})
print(c)
c.subtract({'s': 10})
print(c)
c['new'] += 2
del c['m']
print(sorted(c.keys()), c.get('new'), c.get('nope', -1))

a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a & b)
print(a | b)
print(Counter(a=1) == Counter(a=1, b=0), a == b, a == Counter(c=2, b=1, a=3))
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
words = 'the cat and the hat and the bat'.split()
counts = Counter(words)
for word, n in counts.most_common(3):
    print(word, n)
print(sorted(counts.items()))
print(list(counts.values()), list(counts))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
