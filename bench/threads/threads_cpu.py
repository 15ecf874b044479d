# Benchmark (the lock): the seed experiment. Count down N on one thread, then N/2 on each of two
# threads, and print both times. With the lock, two threads should take about as long as one;
# without it (-X gil=0), about half as long on a machine with two cores. bench/run.js runs it
# under each setting and reports two/one (best of three rounds each, after a warm-up round).
import threading
import time

N = 4_000_000
ROUNDS = 3


def count_down(n):
    while n > 0:
        n -= 1


def timed(nthreads, total):
    threads = [threading.Thread(target=count_down, args=(total // nthreads,)) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


# Each worker thread compiles the interpreter's loop on its own (V8 warms up per thread), so the
# first runs on a worker are slower: warm them, then take the best of several alternating rounds.
timed(2, N)
ones, twos = [], []
for _ in range(ROUNDS):
    ones.append(timed(1, N))
    twos.append(timed(2, N))
print(f"one {min(ones):.4f} two {min(twos):.4f}")
