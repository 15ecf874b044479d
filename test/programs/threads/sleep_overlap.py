# Sleeping threads overlap: four 0.5 s sleeps take less than the 2 s they add up to.
import threading
import time

finished = []


def nap(i):
    time.sleep(0.5)
    finished.append(i)


t0 = time.monotonic()
threads = [threading.Thread(target=nap, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - t0
print(sorted(finished))
print('overlapped:', elapsed < 1.5)
print('slept at least once:', elapsed >= 0.49)

# A busy main thread still lets a sleeping thread wake up and finish.
woke = []
t = threading.Thread(target=lambda: (time.sleep(0.05), woke.append(True)))
t.start()
n = 0
deadline = time.monotonic() + 5
while not woke and time.monotonic() < deadline:
    n += 1
t.join()
print(woke, n > 0)
