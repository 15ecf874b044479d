from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], groups.get('z'), 'z' in groups, len(groups))
print(groups['z'], 'z' in groups)
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()))
print(defaultdict(int), defaultdict(None, {'a': 1}))
strict = defaultdict(None)
try:
    strict['missing']
except KeyError as e:
    print('KeyError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], nested['x']['q'], sorted(nested['x'].items()))
print(groups.pop('b'), sorted(groups.keys()))
print(counts.default_factory, defaultdict(list, a=[1]) == {'a': [1]})

od = OrderedDict()
od['one'] = 1
od['two'] = 2
od['three'] = 3
print(od)
od.move_to_end('one')
print(list(od))
od.move_to_end('three', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('b', 2), ('a', 1)]))
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == {'b': 2, 'a': 1}, list(x.items()))
lru = OrderedDict()
for key in ['a', 'b', 'c', 'a', 'd']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
