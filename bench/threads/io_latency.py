# Benchmark (the lock): one CPU-bound thread and one thread that sleeps 1 ms at a time. Each
# time the sleeper wakes it needs the lock back from the spinner; how late it gets it shows the
# hand-off policy at work (CPython's "convoy effect" for I/O-bound threads). bench/run.js runs
# this under each policy and python3, and reads the line printed at the end.
import threading
import time

SLEEPS = 200
spinning = True


def spin():
    n = 0
    while spinning:
        n += 1


def sleeper(lateness):
    for _ in range(SLEEPS):
        start = time.perf_counter()
        time.sleep(0.001)
        lateness.append(time.perf_counter() - start - 0.001)


lateness = []
cpu = threading.Thread(target=spin)
io = threading.Thread(target=sleeper, args=(lateness,))
cpu.start()
io.start()
io.join()
spinning = False
cpu.join()
lateness.sort()
print("late mean %.3f ms median %.3f ms over %d sleeps" % (
    sum(lateness) / len(lateness) * 1000, lateness[len(lateness) // 2] * 1000, len(lateness)))
