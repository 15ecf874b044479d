# Daemon threads are not waited for when the program ends; non-daemon ones are.
import threading
import time


def forever():
    time.sleep(30)
    print('daemon woke up (should never print)')


d = threading.Thread(target=forever, daemon=True)
d.start()
print(d.daemon, d.is_alive())

# A daemon's children are daemons by default; the main thread's are not.
kinds = []


def spawner():
    child = threading.Thread(target=lambda: None)
    kinds.append(child.daemon)


sp = threading.Thread(target=spawner, daemon=True)
sp.start()
sp.join()
print(kinds, threading.Thread(target=print).daemon)

t = threading.Thread(target=print)
t.daemon = True
print(t.daemon)
t.daemon = False
t.start()
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)


# A non-daemon thread still running when the main module ends is waited for.
def late():
    time.sleep(0.2)
    print('non-daemon finished')


threading.Thread(target=late).start()
print('main module done')
