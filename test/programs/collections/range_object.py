# range: bounds, steps, negative steps, len, indexing, slicing, membership and equality.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -3, -2)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r.index(11), r.count(7), r.count(8))
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-2]))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(3) == range(4))
print(7 in r, 8 in r, 31 in r)
print(len(range(0, 10 ** 15, 3)), range(0, 10 ** 20, 3)[10 ** 18], 10 ** 19 in range(0, 10 ** 20, 5))
print(sum(range(101)), max(range(7)), min(range(4, 9)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
total = 0
for i in range(100, 0, -7):
    total += i
print(total, type(range(3)).__name__, repr(range(2, 5)), str(range(0, 6, 2)))
