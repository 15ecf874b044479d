# get() with a timeout raises queue.Empty; an item arriving in time is returned.
import queue
import threading
import time

q = queue.Queue()
t0 = time.monotonic()
try:
    q.get(timeout=0.2)
    print('got something?')
except queue.Empty:
    waited = time.monotonic() - t0
    print('Empty', 0.15 <= waited < 2)
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(str(e)))
try:
    q.get(block=False)
except queue.Empty:
    print('Empty again')


def late_put():
    time.sleep(0.1)
    q.put('late')


t = threading.Thread(target=late_put)
t.start()
print(q.get(timeout=5))
t.join()

# An exception raised by get() leaves the queue usable.
q.put(1)
print(q.get(timeout=0.1), q.qsize())

# Several consumers with timeouts: each either gets one item or times out.
items = queue.Queue()
for i in range(3):
    items.put(i)
outcomes = [None] * 5


def consumer(k):
    try:
        outcomes[k] = ('got', items.get(timeout=0.2))
    except queue.Empty:
        outcomes[k] = ('empty', None)


cs = [threading.Thread(target=consumer, args=(k,)) for k in range(5)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print(sorted(o[0] for o in outcomes))
print(sorted(o[1] for o in outcomes if o[0] == 'got'))
