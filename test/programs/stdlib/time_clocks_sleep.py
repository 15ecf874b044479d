# time: clock types and progress, sleep() (it blocks), and its argument errors.
import time

t0, p0, m0, c0 = time.time(), time.perf_counter(), time.monotonic(), time.process_time()
n0, pn0, mn0, cn0 = time.time_ns(), time.perf_counter_ns(), time.monotonic_ns(), time.process_time_ns()
print([type(v).__name__ for v in (t0, p0, m0, c0)], [type(v).__name__ for v in (n0, pn0, mn0, cn0)])
time.sleep(0.05)
t1, p1, m1, n1, pn1 = time.time(), time.perf_counter(), time.monotonic(), time.time_ns(), time.perf_counter_ns()
print(0.04 < p1 - p0 < 1.0, 0.04 < m1 - m0 < 1.0, 0.04 < t1 - t0 < 1.0)
print(4 * 10 ** 7 < n1 - n0 < 10 ** 9, 4 * 10 ** 7 < pn1 - pn0 < 10 ** 9)
print(abs(t1 - n1 / 1e9) < 0.05, t0 > 1.6e9, time.process_time() >= c0, time.monotonic() >= m1)
start = time.perf_counter()
time.sleep(0)
time.sleep(False)
time.sleep(0.01)
time.sleep(1 / 100)
print(0.015 < time.perf_counter() - start < 1.0)
busy = time.process_time()
total = 0
for i in range(100000):
    total += i
print(total, time.process_time() >= busy)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('negative', lambda: time.sleep(-1))
attempt('negative float', lambda: time.sleep(-0.001))
attempt('str', lambda: time.sleep('1'))
attempt('none', lambda: time.sleep(None))
attempt('nan', lambda: time.sleep(float('nan')))
attempt('huge', lambda: time.sleep(1e300))
attempt('no args', lambda: time.sleep())
attempt('kw', lambda: time.sleep(secs=1))
attempt('time arg', lambda: time.time(1))
attempt('ns arg', lambda: time.perf_counter_ns(0))
