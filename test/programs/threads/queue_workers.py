# Queue: workers take jobs, task_done()/join() tells the main thread all are done.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        results.put((item, item ** 3 % 101))
        jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(50):
    jobs.put(i)
jobs.join()                          # every job has been processed
print(jobs.unfinished_tasks, jobs.empty(), results.qsize())
collected = []
while not results.empty():
    collected.append(results.get_nowait())
collected.sort()
print(collected[:5], collected[-1], len(collected))
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
print([w.is_alive() for w in workers])

try:
    jobs.task_done()
except ValueError as e:
    print('ValueError:', e)

# A bounded queue: put blocks until a consumer makes room.
bounded = queue.Queue(maxsize=2)
bounded.put('a')
bounded.put('b')
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait('c')
except queue.Full:
    print('Full')
try:
    bounded.put('c', timeout=0.05)
except queue.Full:
    print('Full after timeout')
taker = threading.Thread(target=lambda: print('took', bounded.get()))
taker.start()
bounded.put('c')                     # blocks until the taker has taken 'a'
taker.join()
print([bounded.get(), bounded.get()], bounded.empty())

# The other orders.
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
simple = queue.SimpleQueue()
for x in [5, 1, 4, 2, 3]:
    lifo.put(x)
    prio.put((x, 'p%d' % x))
    simple.put(x)
print([lifo.get() for _ in range(5)])
print([prio.get()[1] for _ in range(5)])
print([simple.get() for _ in range(5)], simple.empty(), simple.qsize())
try:
    simple.get(timeout=0.05)
except queue.Empty:
    print('SimpleQueue Empty')
try:
    queue.Queue().get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
