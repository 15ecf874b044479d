# Benchmark (the lock): two CPU-bound threads contend for the lock for a while, so that the
# waiting thread asks for it (a drop request) every switch interval. bench/run.js runs this with
# -X giltrace and measures, from the trace, how long each drop request takes to put the waiter
# in charge: the hand-off latency.
import threading


def spin(n):
    while n > 0:
        n -= 1


threads = [threading.Thread(target=spin, args=(3_000_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
