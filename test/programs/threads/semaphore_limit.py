# Semaphore bounds concurrency; BoundedSemaphore refuses extra releases.
import threading
import time

sem = threading.Semaphore(2)
guard = threading.Lock()
inside = 0
peak = 0
done = []


def worker(i):
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.02)
        with guard:
            inside -= 1
    with guard:
        done.append(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('peak within limit:', 1 <= peak <= 2)
print(sorted(done))

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.05))
s.release(3)
print(s.acquire(False), s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    s.release(0)
except ValueError as e:
    print('ValueError:', e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)

# A Semaphore(0) as a signal: the main thread waits for three releases.
ready = threading.Semaphore(0)
for i in range(3):
    threading.Thread(target=ready.release).start()
print([ready.acquire(timeout=5) for _ in range(3)], ready.acquire(timeout=0.01))
