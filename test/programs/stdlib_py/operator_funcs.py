import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.truth([0]))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2),
      operator.gt(1, 2), operator.ge(3, 2))
print(operator.contains([1, 2, 3], 2), operator.getitem('hello', 1), operator.getitem({'k': 9}, 'k'))

rows = [('bob', 25, 'nyc'), ('alice', 30, 'sf'), ('carol', 25, 'la')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(2, 0)('abcdef'), itemgetter(slice(1, 3))('abcdef'))

class Address:
    def __init__(self, city):
        self.city = city

class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)

people = [Person(n, a, c) for n, a, c in rows]
print([p.name for p in sorted(people, key=attrgetter('age', 'name'))])
print(attrgetter('address.city')(people[1]))
print(attrgetter('name', 'address.city')(people[2]))

upper = methodcaller('upper')
print(upper('shout'))
print(methodcaller('split', ',')('a,b,c'))
print(methodcaller('replace', 'a', 'o', 1)('banana'))
print(methodcaller('get', 'x', 'none')({'y': 1}))
from functools import reduce
print(reduce(operator.mul, range(1, 8)))
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))
