# Event: waiters block until set(); wait(timeout) reports whether it was set.
import threading
import time

ev = threading.Event()
print(ev.is_set())
print(ev.wait(0.05))
print(ev.wait(0))

seen = [None] * 4
go = threading.Event()


def waiter(i):
    ok = go.wait(5)
    seen[i] = (ok, go.is_set())


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.05)
print(seen)                 # nobody got through yet
go.set()
for t in threads:
    t.join()
print(seen)
print(go.wait(), go.wait(0))
go.clear()
print(go.is_set(), go.wait(0.01))

# Ping-pong between two threads with two events, exact order of turns.
ping, pong = threading.Event(), threading.Event()
log = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        log.append('pong%d' % i)
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(5):
    log.append('ping%d' % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(log)
