from functools import reduce, partial, wraps
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(operator.add, [], 'start'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError:', e)

def power(base, exp, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = partial(power, exp=2)
print(square(7), square(3, mod=5))
cube_of_two = partial(power, 2)
print(cube_of_two(3), cube_of_two.args, cube_of_two.keywords)
print(cube_of_two.func is power)
nested = partial(partial(power, 3), 4)
print(nested(), nested.args)
print(list(map(partial(operator.mul, 10), [1, 2, 3])))

def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        result = fn(*args, **kwargs)
        print('call ->', result)
        return result
    return inner

@logged
def area(w, h):
    "Rectangle area."
    return w * h

area(3, 4)
print(area.__doc__)
print(area.__wrapped__(2, 5))
words = ['pear', 'fig', 'banana']
print(reduce(lambda acc, w: acc + len(w), words, 0))
print(reduce(max, [3, 9, 2, 7]))
