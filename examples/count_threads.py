# count_threads.py - the classic experiment with a global interpreter lock.
#
# Count down from N once on one thread, then split the same work over two threads. With the
# lock (the default) only one thread runs Python at a time, so two threads take about as long as
# one (or longer: they take turns, and each turn costs a hand-over). With the lock off
# (pygil -X gil=0) the two threads really run at once, on two cores.
#
#   pygil examples/count_threads.py              two threads about as slow as one
#   pygil -X gil=0 examples/count_threads.py     two threads about twice as fast
#   pygil -X gilstats examples/count_threads.py  and who held the lock, for how long
#
# What was counted goes to standard output; the timings, which differ from run to run, go to
# standard error.

import sys
import threading
import time

N = 2_000_000


def count_down(n):
    while n > 0:
        n -= 1


def timed(nthreads):
    """Run count_down(N) split over nthreads threads; return the seconds it took."""
    threads = [threading.Thread(target=count_down, args=(N // nthreads,)) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main():
    # Warm up first: pygil starts the workers that run threads, and each compiles the
    # interpreter's loop for itself, on first use. Then keep the best of three rounds.
    timed(2)
    one = min(timed(1) for _ in range(3))
    print(f"counted down {N} on one thread, three times")
    two = min(timed(2) for _ in range(3))
    print(f"counted down {N} split over two threads, three times")
    print(f"one thread:  {one:.3f} s (best of three)", file=sys.stderr)
    print(f"two threads: {two:.3f} s (best of three)", file=sys.stderr)
    print(f"two / one:   {two / one:.2f}", file=sys.stderr)


if __name__ == "__main__":
    main()
