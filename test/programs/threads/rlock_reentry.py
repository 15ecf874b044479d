# RLock: the owner re-enters; only the owner may release.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
print('still held by main:', r._is_owned())

result = {}


def other():
    result['try'] = r.acquire(blocking=False)     # main holds it
    try:
        r.release()
    except RuntimeError as e:
        result['release'] = str(e)


t = threading.Thread(target=other)
t.start()
t.join()
print(result['try'], result['release'])
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# Recursive use: a function that takes the lock and calls itself.
total = []


def depth_sum(n):
    with r:
        if n == 0:
            return 0
        return n + depth_sum(n - 1)


def worker(i):
    total.append(depth_sum(10 + i))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(total))

# After the owner fully releases it another thread can take it.
r.acquire()
r.acquire()
r.release()
r.release()
got = []
t = threading.Thread(target=lambda: got.append(r.acquire(timeout=1)))
t.start()
t.join()
print(got)

# A Condition over an RLock held twice: wait() releases both levels and restores them.
rl = threading.RLock()
cond = threading.Condition(rl)
state = []


def notifier():
    with cond:
        state.append('notifier ran')
        cond.notify()


with cond:
    with cond:
        threading.Thread(target=notifier).start()
        print(cond.wait(5))
        print(state)
    print(rl._is_owned())
print(rl._is_owned())
