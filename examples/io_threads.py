# io_threads.py - threads that wait overlap, lock or no lock.
#
# Each "download" below is a sleep standing in for a slow network call. A thread that sleeps
# (or waits for a lock, a queue, input, another thread) lets go of the interpreter lock first,
# so the other threads run meanwhile: four half-second waits take about half a second in all,
# not two seconds. This is why threads help programs that wait, even under a GIL.

import sys
import threading
import time

PAGES = ["index.html", "about.html", "news.html", "contact.html"]
DELAY = 0.5
results = {}
results_lock = threading.Lock()


def download(page):
    time.sleep(DELAY)  # the thread waits here without holding the lock
    with results_lock:
        results[page] = len(page) * 100


def main():
    start = time.perf_counter()
    threads = [threading.Thread(target=download, args=(p,), name=p) for p in PAGES]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    for page in PAGES:
        print(f"{page:14} {results[page]:5} bytes")
    waited = DELAY * len(PAGES)
    print(f"the waits overlapped: {elapsed < waited}")
    print(f"{len(PAGES)} downloads of {DELAY} s each took {elapsed:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
