# Thread names: "Thread-N" / "Thread-N (target)", custom names, current_thread() inside.
import threading

print(threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.main_thread().is_alive(), threading.main_thread().daemon)


def work():
    pass


class Callable:
    def __call__(self):
        pass


a = threading.Thread(target=work)
b = threading.Thread()
c = threading.Thread(target=work, name='custom')
d = threading.Thread(target=Callable())          # no __name__: plain "Thread-N"
e = threading.Thread(target=lambda: None)
f = threading.Thread(target=work, name='')       # an empty name counts as none
g = threading.Thread(target=work, name=42)
print([t.name for t in (a, b, c, d, e, f, g)])
print(repr(a))
print(repr(b))
print(repr(threading.Thread(name='quiet', daemon=True)))

seen = {}


def report(key):
    me = threading.current_thread()
    seen[key] = (me.name, me.ident == threading.get_ident(),
                 me.native_id == threading.get_native_id(), me is threading.main_thread())


threads = [threading.Thread(target=report, args=(k,)) for k in range(3)]
threads.append(threading.Thread(target=report, args=('named',), name='worker-x'))
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in [0, 1, 2, 'named']:
    print(k, seen[k])

# Renaming, and the old camelCase accessors.
a.name = 'renamed'
print(a.name, a.getName())
a.setName('again')
print(a.name, a.isDaemon())

# start() twice, join() before start(), joining oneself.
h = threading.Thread(target=work)
try:
    h.join()
except RuntimeError as e:
    print('RuntimeError:', e)
h.start()
h.join()
try:
    h.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
inner = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        inner.append(str(e))


j = threading.Thread(target=join_self)
j.start()
j.join()
print(inner)
print([t.name for t in threading.enumerate()], threading.active_count())
