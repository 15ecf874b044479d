# Condition: a bounded buffer with one producer and two consumers; wait_for, notify_all.
import threading
import time

cond = threading.Condition()
buffer = []
CAPACITY = 3
DONE = object()
consumed = {0: [], 1: []}


def producer():
    for i in range(40):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAPACITY)
            buffer.append(i)
            cond.notify_all()
    with cond:
        buffer.append(DONE)
        buffer.append(DONE)
        cond.notify_all()


def consumer(k):
    while True:
        with cond:
            while not buffer:
                cond.wait()
            item = buffer.pop(0)
            cond.notify_all()
        if item is DONE:
            return
        consumed[k].append(item)


threads = [threading.Thread(target=consumer, args=(k,)) for k in (0, 1)]
threads.append(threading.Thread(target=producer))
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(consumed[0] + consumed[1])
print(everything == list(range(40)), len(everything))
print(consumed[0] == sorted(consumed[0]), consumed[1] == sorted(consumed[1]))

# wait() with a timeout and nobody notifying returns False; wait_for returns the predicate.
c = threading.Condition(threading.Lock())
with c:
    print(c.wait(0.05))
    print(c.wait_for(lambda: 0, timeout=0.05))
    print(c.wait_for(lambda: 'ready', timeout=0.05))

# notify(n) wakes at most n waiters.
c2 = threading.Condition()
woken = []
arrived = threading.Semaphore(0)


def sleeper(i):
    with c2:
        arrived.release()
        if c2.wait(5):
            woken.append(i)


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in sleepers:
    t.start()
for _ in sleepers:
    arrived.acquire()
with c2:                    # all three are inside wait() once we get the lock
    c2.notify(2)
deadline = time.monotonic() + 5
while len(woken) < 2 and time.monotonic() < deadline:
    time.sleep(0.01)
time.sleep(0.05)            # the third must still be waiting
print(len(woken))
with c2:
    c2.notify_all()
for t in sleepers:
    t.join()
print(sorted(woken))

# Using a condition without holding its lock.
for name, call in (('wait', lambda: c2.wait(0)), ('notify', c2.notify)):
    try:
        call()
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
