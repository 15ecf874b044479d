# Subclassing Thread and overriding run(); Timer.
import threading
import time


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = None

    def run(self):
        self.total = sum(self.numbers)


class Named(threading.Thread):
    def __init__(self, label):
        threading.Thread.__init__(self, name='named-' + label)
        self.label = label
        self.seen_name = None

    def run(self):
        self.seen_name = threading.current_thread().name


workers = [Summer(range(i * 100, (i + 1) * 100)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.total for w in workers])
print([w.name for w in workers])
print(repr(workers[0]).startswith('<Summer(Thread-1, stopped '))

n = Named('a')
n.start()
n.join()
print(n.seen_name, isinstance(n, threading.Thread))


# A subclass that forgot to call Thread.__init__.
class Forgetful(threading.Thread):
    def __init__(self):
        pass


try:
    Forgetful().start()
except RuntimeError as e:
    print('RuntimeError:', e)


# run() called directly runs in the calling thread.
class WhoRuns(threading.Thread):
    def run(self):
        self.runner = threading.current_thread().name


w = WhoRuns()
w.run()
print(w.runner)

# Timer: fires after its interval, unless cancelled first.
fired = []
t = threading.Timer(0.05, fired.append, args=['first'])
t.start()
t.join()
c = threading.Timer(5, fired.append, args=['never'])
c.start()
c.cancel()
c.join(2)
print(fired, c.is_alive())
k = threading.Timer(0.01, lambda **kw: fired.append(sorted(kw)), kwargs={'x': 1, 'y': 2})
k.start()
k.join()
print(fired)
print(t.name.startswith('Thread-'))
