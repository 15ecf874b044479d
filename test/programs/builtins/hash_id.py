# hash() of ints (including -1 and big ints) and id() compared for identity only.
print(hash(0), hash(5), hash(-1), hash(-2), hash(10 ** 6), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 70)), hash(2 ** 100 + 7))
print(hash(1) == hash(1.0), hash(2.0) == hash(2), hash(0.0) == hash(0), hash((1, 2)) == hash((1, 2)))
print(hash(3) == hash(3), hash("same") == hash("same"))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c))
print(type(id(a)).__name__, type(hash(5)).__name__)
x = 300
y = x
print(id(x) == id(y))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({"a": 1})
except TypeError as e:
    print("TypeError:", e)
