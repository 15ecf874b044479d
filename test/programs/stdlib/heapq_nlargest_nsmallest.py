# heapq: nlargest/nsmallest (Lib/heapq.py's paths: n == 1, n >= len, and the heap of n), stable under key=.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(1, data))
print(heapq.nlargest(20, data), heapq.nsmallest(16, data), heapq.nsmallest(0, data), heapq.nlargest(-2, data))
print(heapq.nsmallest(3, []), heapq.nlargest(1, []), heapq.nsmallest(2, iter([])), heapq.nlargest(True, data))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum', 'grape', 'lime']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nsmallest(2, iter(words)), heapq.nlargest(4, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len), heapq.nlargest(100, iter(words), key=len))
print(heapq.nlargest(2, (x * x for x in range(-5, 5))), heapq.nsmallest(3, range(100, 0, -7)))
recs = [('ann', 3), ('bob', 1), ('cat', 3), ('dan', 2), ('eve', 3), ('fay', 1), ('gus', 2)]
print(heapq.nlargest(3, recs, key=lambda r: r[1]), heapq.nsmallest(3, recs, key=lambda r: r[1]))
print(heapq.nlargest(4, iter(recs), key=lambda r: r[1]), heapq.nsmallest(5, iter(recs), key=lambda r: -r[1]))
vals = [(i * 37) % 101 for i in range(200)]
print(heapq.nsmallest(6, vals), heapq.nlargest(6, iter(vals)), heapq.nsmallest(5, vals, key=lambda v: (v % 10, v)))
print(heapq.nlargest(3, {3: 'a', 1: 'b', 2: 'c'}), heapq.nsmallest(2, 'hello'), heapq.nlargest(2, [1.5, 2, True, -3]))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('not iterable', lambda: heapq.nlargest(2, 5))
attempt('str n', lambda: heapq.nlargest('a', [1, 2, 3]))
attempt('float n short', lambda: heapq.nsmallest(2.0, [1, 2, 3]))
attempt('float n long', lambda: heapq.nsmallest(2.0, [1]))
attempt('key not callable', lambda: heapq.nlargest(2, [1, 2, 3], 5))
attempt('mixed types', lambda: heapq.nlargest(2, [1, 'a', 3]))
attempt('mixed iter', lambda: heapq.nsmallest(2, iter([3, 1, 'a', 2])))
attempt('no args', lambda: heapq.nlargest())
attempt('bad kw', lambda: heapq.nsmallest(1, [1], keys=None))
