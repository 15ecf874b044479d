# An uncaught exception in a thread is reported on stderr; the other threads
# and the main thread go on, and the exit code stays 0.
import threading
import time

done = []


def fails():
    raise ValueError('boom in thread')


def exits():
    raise SystemExit(3)           # silent, ends only this thread


def steady(i):
    time.sleep(0.05)
    done.append(i)


threads = [threading.Thread(target=fails), threading.Thread(target=exits)]
threads += [threading.Thread(target=steady, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done))
print([t.is_alive() for t in threads])

# A custom threading.excepthook sees the exception and the thread.
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


original = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=fails, name='hooked')
t.start()
t.join()
t = threading.Thread(target=exits, name='exiting')
t.start()
t.join()
threading.excepthook = original
print(caught)
print(threading.excepthook is threading.__excepthook__)


# An exception raised while handling another one, in a subclass's run().
class Broken(threading.Thread):
    def run(self):
        try:
            {}['missing']
        except KeyError:
            raise RuntimeError('while handling')


b = Broken()
b.start()
b.join()
print('main still running')
