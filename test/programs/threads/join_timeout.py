# join(timeout) returns after the timeout while the thread sleeps on; is_alive() tells.
import threading
import time

stop = threading.Event()


def long_sleeper():
    stop.wait(10)            # "sleeps" up to 10 s, but can be woken early


t = threading.Thread(target=long_sleeper, name='sleeper')
t.start()
t0 = time.monotonic()
t.join(0.2)
waited = time.monotonic() - t0
print(t.is_alive(), 0.15 <= waited < 2)
t.join(0)
t.join(-1)                   # a negative timeout is like 0
print(t.is_alive())
print(repr(t).startswith('<Thread(sleeper, started '))
stop.set()
t.join(5)
print(t.is_alive())
print(repr(t).startswith('<Thread(sleeper, stopped '))

# A real time.sleep in the thread.
s = threading.Thread(target=time.sleep, args=(0.3,))
s.start()
s.join(0.05)
print(s.is_alive())
s.join()
print(s.is_alive())
