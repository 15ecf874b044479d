# Threads compute results into per-thread slots; main prints them after join.
import threading


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


results = [None] * 6


def worker(slot, start):
    best = (0, 0)
    for n in range(start, start + 200):
        s = collatz_steps(n)
        if s > best[0]:
            best = (s, n)
    results[slot] = best


threads = [threading.Thread(target=worker, args=(i, 1 + i * 200)) for i in range(6)]
print([t.is_alive() for t in threads])
print([t.ident is None for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.is_alive() for t in threads])
print([isinstance(t.ident, int) for t in threads])
print([isinstance(t.native_id, int) for t in threads])
for i, r in enumerate(results):
    print(i, r)

# kwargs reach the target; join() on a finished thread returns at once, twice.
box = {}


def keyed(a, b=0, *, c=0):
    box['sum'] = a + b + c


t = threading.Thread(target=keyed, args=(1,), kwargs={'b': 10, 'c': 100})
t.start()
t.join()
t.join()
print(box['sum'])
print(threading.active_count(), len(threading.enumerate()))
