# heapq: the exact list order after heapify, pushes, pops and replaces (CPython's sift loops).
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, 15, 13, 12, 14, 10]
h = list(data)
heapq.heapify(h)
print(h)
h2 = []
for x in data:
    heapq.heappush(h2, x)
print(h2)
print([heapq.heappop(h2) for _ in range(5)], h2)
print(heapq.heapreplace(h2, 100), h2)
print(heapq.heappushpop(h2, -1), h2, heapq.heappushpop(h2, 50), h2)
print(heapq.heappushpop([], 3), heapq.heappop([7]))
desc = list(range(30, 0, -1))
heapq.heapify(desc)
print(desc)
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (0, 'q'), (2, 'a')]
heapq.heapify(pairs)
print(pairs, heapq.heappop(pairs), pairs)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(len(words))])
floats = [2.5, 1, 3.75, -1, 0.5, True]
heapq.heapify(floats)
print(floats)
big = [(i * 7919) % 1009 for i in range(3000)]
heapq.heapify(big)
print(big[:12], sum(i * v for i, v in enumerate(big)) % 1000003)
order = []
while big:
    order.append(heapq.heappop(big))
print(order == sorted(order), order[:5], order[-5:])
mh = [1, 5, 3, 9, 2]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), mh)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('pop empty', lambda: heapq.heappop([]))
attempt('replace empty', lambda: heapq.heapreplace([], 1))
attempt('push tuple', lambda: heapq.heappush((), 1))
attempt('pop tuple', lambda: heapq.heappop(()))
attempt('heapify tuple', lambda: heapq.heapify((3, 1)))
attempt('push 1 arg', lambda: heapq.heappush([]))
attempt('pop kw', lambda: heapq.heappop([1], x=2))
attempt('mixed', lambda: heapq.heappush([1], 'a'))
