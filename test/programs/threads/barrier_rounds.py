# Barrier: threads meet for several rounds; abort() and timeouts break it.
import threading

N = 3
rounds = 4
actions = []
barrier = threading.Barrier(N, action=lambda: actions.append('all here'))
arrivals = {i: [] for i in range(N)}
indices = {i: [] for i in range(N)}
log_lock = threading.Lock()
progress = []


def runner(i):
    for r in range(rounds):
        with log_lock:
            progress.append(r)
        idx = barrier.wait(5)
        indices[i].append(idx)
        # Nobody may start round r+1 before all have finished round r.
        with log_lock:
            arrivals[i].append(progress.count(r))


threads = [threading.Thread(target=runner, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(actions))
print([arrivals[i] for i in range(N)])
per_round = [sorted(indices[i][r] for i in range(N)) for r in range(rounds)]
print(per_round)
print(barrier.parties, barrier.n_waiting, barrier.broken)

# A barrier that can never fill times out, and is broken for everybody.
lonely = threading.Barrier(2)
try:
    lonely.wait(0.05)
except threading.BrokenBarrierError:
    print('BrokenBarrierError', lonely.broken)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print('still broken')
lonely.reset()
print(lonely.broken)

# abort() wakes a waiting thread with BrokenBarrierError.
b = threading.Barrier(2)
outcome = []


def waiter():
    try:
        b.wait(5)
        outcome.append('passed')
    except threading.BrokenBarrierError:
        outcome.append('broken')


w = threading.Thread(target=waiter)
w.start()
while b.n_waiting == 0:
    pass
b.abort()
w.join()
print(outcome, issubclass(threading.BrokenBarrierError, RuntimeError))
