# refcount_race.py - threads that share objects, to watch reference counts break without the lock.
#
# Every time a thread loads a value onto its stack, the value's reference count goes up, and
# down again when the value is dropped. Here four threads share, in tight loops:
#   - one function object (each call loads it: +1, then -1) and its constants (a float, a tuple,
#     a big int: loading a constant counts it too),
#   - a global list that every thread reads from and appends to,
#   - a global dict whose entries every thread reads and overwrites.
#
#   pygil -X checkheap examples/refcount_race.py                       lock on: a clean heap
#   pygil -X gil=0 -X checkheap examples/refcount_race.py              counts race: wrong counts,
#                                                                      objects freed while in use
#   pygil -X gil=0 -X refcount=atomic -X checkheap examples/refcount_race.py
#                                                                      atomic counts: no wrong
#                                                                      counts, but the list and
#                                                                      the dict can still lose items
#
# Standard output has only what each thread knows from its own counting (the same under any
# interpreter); what the shared objects ended up holding varies and goes to standard error.
# Every loop is bounded by a count, so a run ends even when the heap is damaged.
# bench/refcount_race.js runs the three settings many times; docs/observatory.md explains.

import sys
import _thread
import time

THREADS = 4
ROUNDS = 50_000
WAIT_POLLS = 1500
POLL_SECONDS = 0.01

# The list's items array is allocated once, large enough for every append: growing it (a new
# array, the old one freed) while another thread writes into the old one would lose references
# and free blocks twice, damage that atomic counts cannot prevent and that would hide what this
# program measures. pygil's lists keep their capacity when items are popped.
shared_list = [0.5] * (3 + THREADS * ROUNDS)
for _ in range(THREADS * ROUNDS + 2):
    shared_list.pop()
shared_list.append((1, 2))
shared_list.append("start")
shared_dict = {"a": 0, "b": 0, "c": 0}
ready = []


def work(i):
    # each constant is a heap object shared by every call: 2.5, the tuple, the big int
    scale = 2.5
    pair = ("left", "right")
    big = 12345678901234567890
    return (i, scale, pair, big)


KEYS = ("a", "b", "c")

# Ballast: ANCHOR extra references to every object whose count the threads race on. A lost
# update then moves a count by a few, and the checker reports it as wrong at the end, but no
# count reaches zero during the run: without the ballast the first lost increment frees a shared
# object that is still in use, and the damage that follows (reused blocks, threads lost in a
# corrupted dict) buries the counts this program is meant to show.
ANCHOR = 100_000
_sample = work(0)
_ballast = [[o] * ANCHOR for o in (work, shared_list, shared_dict, KEYS, _sample[1], _sample[2], _sample[3],
                                   shared_list[0], shared_list[1], shared_list[2])]
del _sample


def worker(me, appended, called, done):
    n_appended = 0
    n_called = 0
    keys = KEYS
    # Start together (a bounded wait): threads that run one after the other do not race.
    ready.append(me)
    for _ in range(WAIT_POLLS):
        if len(ready) >= THREADS:
            break
        time.sleep(0.001)
    for i in range(ROUNDS):
        r = work(i)
        n_called += 1
        last = shared_list[i % 3]
        shared_list.append((me, i, last[0] if isinstance(last, tuple) else 0))
        n_appended += 1
        k = keys[i % 3]
        shared_dict[k] = shared_dict[k] + 1
        del r, last
    appended[me] = n_appended
    called[me] = n_called
    done[me] = True


def main():
    appended = [0] * THREADS
    called = [0] * THREADS
    done = [False] * THREADS
    # Plain _thread threads and a bounded wait rather than threading's start() and join(): those
    # wait on events without a limit, and without the lock a damaged dict can keep a thread in a
    # probe loop for ever. The program must still end, with the heap report.
    for t in range(THREADS):
        _thread.start_new_thread(worker, (t, appended, called, done))
    for _ in range(WAIT_POLLS):
        if all(done):
            break
        time.sleep(POLL_SECONDS)
    for t in range(THREADS):
        if not done[t]:
            print(f"thread {t} did not finish in {WAIT_POLLS * POLL_SECONDS:.0f} s", file=sys.stderr)
    print(f"{THREADS} threads x {ROUNDS} rounds")
    for t in range(THREADS):
        print(f"thread {t}: appended {appended[t]}, called work {called[t]} times")
    expected = 3 + THREADS * ROUNDS
    print(f"list: {len(shared_list)} of {expected} items ({expected - len(shared_list)} appends lost)", file=sys.stderr)
    total = sum(shared_dict.values())
    print(f"dict: {total} of {THREADS * ROUNDS} updates kept", file=sys.stderr)


if __name__ == "__main__":
    main()
