# bisect: left/right searches with lo, hi and key=, insort into lists, and CPython's errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 5), bisect.bisect_right(a, x, lo=3), bisect.bisect_left(a, x, hi=3))
print(bisect.bisect_right(a, 2, 0, None), bisect.bisect_right(a, 2, hi=-1), bisect.bisect_right(a, 2, hi=-5), bisect.bisect_right(a, 2, 10))
print(bisect.bisect('acegik', 'f'), bisect.bisect_left((10, 20, 30), 20), bisect.bisect_right(range(0, 100, 10), 45))
grades = [60, 70, 80, 90]
print([('FDCBA'[bisect.bisect(grades, score)]) for score in [33, 99, 77, 70, 89, 90, 100]])
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
c = [1.0, 2.0, 3.0]
bisect.insort_left(c, 2)
bisect.insort_right(c, 2)
print(c, [type(v).__name__ for v in c])
d = [1, 2, 3]
bisect.insort(d, 10, 5)
bisect.insort(d, 0, 0, 0)
print(d)
recs = []
for name, age in [('bob', 30), ('al', 25), ('cy', 30), ('di', 20), ('ed', 25)]:
    bisect.insort(recs, (name, age), key=lambda r: r[1])
print(recs)
ages = lambda r: r[1]
print(bisect.bisect_left(recs, 30, key=ages), bisect.bisect_right(recs, 25, key=ages), bisect.bisect(recs, 99, key=ages))
words = ['kiwi', 'fig', 'apple', 'banana']
words.sort(key=len)
bisect.insort_left(words, 'plum', key=len)
print(words)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('no args', lambda: bisect.bisect_right())
attempt('no x', lambda: bisect.bisect_left([1]))
attempt('5 args', lambda: bisect.bisect_right([1], 1, 0, 1, 2))
attempt('bad kw', lambda: bisect.bisect_right([1], 1, foo=1))
attempt('x twice', lambda: bisect.bisect_right([1], 1, x=1))
attempt('lo negative', lambda: bisect.bisect_left([1], 1, -1))
attempt('lo str', lambda: bisect.bisect_left([1], 1, 'a'))
attempt('hi str', lambda: bisect.bisect_left([1], 1, 0, 'a'))
attempt('hi past end', lambda: bisect.bisect_right([1, 2, 3], 1, 0, 10))
attempt('not a sequence', lambda: bisect.bisect_right(5, 1))
attempt('dict', lambda: bisect.bisect_right({1: 2}, 1))
attempt('mixed types', lambda: bisect.bisect_right([1, 'a'], 1))
attempt('insort tuple', lambda: bisect.insort((1, 2), 1))
attempt('key not callable', lambda: bisect.insort([1, 2], 1, key=3))
