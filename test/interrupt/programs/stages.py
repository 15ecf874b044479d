# Ctrl-C at each kind of wait: the driver sends one SIGINT per "stage" line, after it is printed.
import threading
import time

try:
    print("stage 1: a busy loop", flush=True)
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("caught in the loop")

try:
    print("stage 2: time.sleep", flush=True)
    time.sleep(60)
except KeyboardInterrupt:
    print("caught in sleep")

lock = threading.Lock()
lock.acquire()
try:
    print("stage 3: a lock held by this thread", flush=True)
    lock.acquire()
except KeyboardInterrupt:
    print("caught in acquire; still locked:", lock.locked())


def spin():
    n = 0
    while n < 10**9:
        n += 1


t = threading.Thread(target=spin, daemon=True)
t.start()
try:
    print("stage 4: joining a busy thread", flush=True)
    t.join()
except KeyboardInterrupt:
    print("caught in join")

ev = threading.Event()
try:
    print("stage 5: Event.wait", flush=True)
    ev.wait()
except KeyboardInterrupt:
    print("caught in Event.wait")

try:
    print("stage 6: a function deep in calls", flush=True)

    def deep(k):
        if k == 0:
            while True:
                pass
        return deep(k - 1)

    deep(20)
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, repr(e.args))
finally:
    print("finally ran")
print("done")
