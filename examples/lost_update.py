# lost_update.py - `counter += 1` is not atomic, even with a global interpreter lock.
#
# `counter += 1` is four bytecode instructions: load the global, load 1, add, store the
# global. The lock may change hands between any two of them (pygil checks every
# `checkinterval` instructions whether another thread is waiting), so two threads can both load
# the same value and both store value + 1: one update is lost. A threading.Lock around the
# update makes the four instructions indivisible.
#
#   pygil examples/lost_update.py                  usually loses updates (how many varies)
#   pygil -X schedule=7 examples/lost_update.py    the same interleaving, the same loss, every run
#   pygil -X gil=0 -X refcount=atomic examples/lost_update.py
#                                                  threads truly in parallel: far more loss
#
# Without the lock the interpreter's own reference counts race too (the shared `lock` and
# `counter` objects are counted by every thread): plain `-X gil=0` can corrupt the heap itself,
# which is the next experiment (docs/observatory.md); `-X refcount=atomic` makes counting safe
# so that only the program's own race remains.
#
# The exact totals go to standard output; the unlocked count, which varies, to standard error.
# (CPython 3.11 switches threads only at a few kinds of instruction and rarely loses updates
# here; older CPythons lose them like pygil does.)

import sys
import threading

THREADS = 4
INCREMENTS = 100_000
counter = 0
lock = threading.Lock()


def add_unlocked():
    global counter
    for _ in range(INCREMENTS):
        counter += 1


def add_locked():
    global counter
    for _ in range(INCREMENTS):
        with lock:
            counter += 1


def run(worker):
    global counter
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


def main():
    expected = THREADS * INCREMENTS
    print(f"{THREADS} threads x {INCREMENTS} increments: expected {expected}")
    print(f"with a lock:    {run(add_locked)}")
    unlocked = run(add_unlocked)
    print(f"without a lock: {unlocked} ({expected - unlocked} updates lost)", file=sys.stderr)


if __name__ == "__main__":
    main()
