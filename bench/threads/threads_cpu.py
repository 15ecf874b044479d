# Benchmark (the lock): the seed experiment. Count down N on one thread, then N/2 on each of two
# threads, and print both times. With the lock, two threads should take about as long as one;
# without it (-X gil=0), about half as long on a machine with two cores. bench/run.js runs it
# under each setting and reports two/one. Threads are started once first, so that worker
# start-up and warm-up are not part of the figures.
import threading
import time

N = 4_000_000


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


timed(2, 400_000)
one = timed(1, N)
two = timed(2, N)
print(f"one {one:.4f} two {two:.4f}")
