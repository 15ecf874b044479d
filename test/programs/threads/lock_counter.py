# A Lock-protected counter reaches its exact total; the lock's own API.
import threading

lock = threading.Lock()
counter = 0


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


def add_explicit(times):
    global counter
    for _ in range(times):
        lock.acquire()
        try:
            counter += 1
        finally:
            lock.release()


threads = [threading.Thread(target=add, args=(1500,)) for _ in range(3)]
threads += [threading.Thread(target=add_explicit, args=(1000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# Lock basics.
print(type(lock) is type(threading.Lock()))
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(True, 0.05))
print(lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError:', e)

# Any thread may release a plain Lock (unlike an RLock).
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print(lock.locked())

# A lock handed between threads: the main thread waits for the worker to release it.
handoff = threading.Lock()
handoff.acquire()
state = []


def finisher():
    state.append('worked')
    handoff.release()


threading.Thread(target=finisher).start()
print(handoff.acquire(timeout=5), state)
print(threading.ThreadError is RuntimeError)
