# Repeating sequences by huge, negative and zero counts: an empty sequence stays empty at once,
# a huge result is a MemoryError, a count that is no index-sized integer an OverflowError, in
# constant expressions (folded by the compiler) and at run time alike.
big = 10 ** 10
print(() * 10**10, b"" * 10**10, [] * 10**10, "" * 10**10, bytearray() * 10**10)
print(() * big, b"" * big, [] * big, "" * big, len(bytearray() * big))
x = []
x *= big
print(x, [0] * -5, (1, 2) * 3, "ab" * 0, 3 * (7,), -1 * "z")
for make in (lambda: (1,) * big, lambda: [1] * big, lambda: (1, 2) * 10**10):
    try:
        make()
    except MemoryError:
        print("MemoryError")
y = [1]
try:
    y *= big
except MemoryError:
    print("MemoryError, and y is still", y)
for make in (lambda: () * 10**25, lambda: [] * 10**25, lambda: "a" * 10**25):
    try:
        make()
    except OverflowError as e:
        print("OverflowError:", e)
try:
    () * 10**25
except OverflowError as e:
    print("folded or not:", e)
it = iter([10, 20])
print(it.__next__(), next(it), iter(it) is it, it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
print(int.__repr__(5), float.__repr__(2.5), int.__repr__(True), str.__repr__("q"), repr(range(3).__iter__().__next__()))
