# Threads starting threads; enumerate() and active_count() while they run.
import threading

release = threading.Event()
started = threading.Semaphore(0)
tree = {}
tree_lock = threading.Lock()


def node(depth, label):
    children = []
    if depth < 2:
        for k in range(2):
            child = threading.Thread(target=node, args=(depth + 1, label + str(k)),
                                     name='node-' + label + str(k))
            child.start()
            children.append(child)
    started.release()
    release.wait(5)
    for child in children:
        child.join()
    with tree_lock:
        tree[label] = sorted(c.name for c in children)


root = threading.Thread(target=node, args=(0, 'r'), name='node-r')
root.start()
for _ in range(7):                  # root, 2 children, 4 grandchildren
    started.acquire()
names = sorted(t.name for t in threading.enumerate())
print(names)
print(threading.active_count())
release.set()
root.join()
for label in sorted(tree):
    print(label, tree[label])
print(threading.active_count(), [t.name for t in threading.enumerate()])
