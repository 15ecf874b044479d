# threading.local: every thread sees only its own attributes.
import threading

data = threading.local()
data.value = 'main'
results = {}


def worker(i):
    before = hasattr(data, 'value')
    data.value = i * 10
    data.items = [i]
    results[i] = (before, data.value, data.items)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in range(4):
    print(i, results[i])
print(data.value, hasattr(data, 'items'))
try:
    data.items
except AttributeError:
    print('AttributeError')
data.value = 'main again'
print(data.value)


# A subclass: its __init__ runs again in each thread that uses the object,
# and methods and class attributes are shared.
class Counter(threading.local):
    step = 5

    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += self.step
        return self.count


counter = Counter()
counter.bump()
counts = {}


def bumper(i):
    for _ in range(i + 1):
        counter.bump()
    counts[i] = counter.count


threads = [threading.Thread(target=bumper, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts, counter.count)

# A thread's values do not outlive it: a new thread starts empty.
box = threading.local()
first = []
second = []
t = threading.Thread(target=lambda: (setattr(box, 'x', 1), first.append(box.x)))
t.start()
t.join()
t = threading.Thread(target=lambda: second.append(hasattr(box, 'x')))
t.start()
t.join()
print(first, second)
