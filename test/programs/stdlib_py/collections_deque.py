from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(list(d), 7 in d, 'z' in d, d.count(7))
d[1] = 'X'
del d[0]
print(d, list(d)[::-1])

bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft(-1)
print(bounded)
print(deque('abc', maxlen=2), deque([]), deque())
print(deque([1, 2]) == deque([1, 2]), deque([1]) == deque([2]), deque([1]) != [1])

q = deque()
try:
    q.popleft()
except IndexError as e:
    print('IndexError:', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError:', e)

def window_sums(seq, k):
    win = deque(maxlen=k)
    out = []
    for x in seq:
        win.append(x)
        if len(win) == k:
            out.append(sum(win))
    return out

print(window_sums([1, 2, 3, 4, 5, 6], 3))
todo = deque(['a', 'b', 'c'])
order = []
while todo:
    item = todo.popleft()
    order.append(item)
    if item == 'a':
        todo.append('d')
print(order, bool(todo))
