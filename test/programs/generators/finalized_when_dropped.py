# A suspended generator whose last reference goes is closed first, if it paused inside a try or
# with block: its finally and __exit__ code run (CPython's generator finaliser).


def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally of", tag)


for v in numbers("loop"):
    if v == 2:
        print("breaking")
        break
print("after the loop")

g = numbers("del")
print(next(g))
del g
print("after del")

g = numbers("rebound")
next(g)
g = None
print("after rebinding")

# never started: nothing runs
g = numbers("unstarted")
del g
print("unstarted dropped")

# finished: nothing runs again
g = numbers("finished")
print(sum(g))
del g


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return False


def lines(name):
    with Resource(name):
        yield "first"
        yield "second"


for line in lines("file"):
    print(line)
    break
print("with: done")


# outside any try: the generator is dropped without running
def plain():
    yield 1
    print("never printed")
    yield 2


for v in plain():
    break
print("plain dropped")


# GeneratorExit caught and the generator returns: fine, silent
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        return


g = returns_on_exit()
next(g)
del g

# a generator dropped inside a function's frame when the function returns
def consume_one():
    g = numbers("in function")
    return next(g)


print(consume_one())

# the finally block may use globals and call functions
log = []


def logged():
    try:
        yield "x"
    finally:
        log.append("closed")


for v in logged():
    break
print(log)

# a generator that yields again on GeneratorExit: CPython reports it (stderr) and goes on
def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
del g
print("still running")


# an exception in the finally block is reported (stderr), not raised here
def raising():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


g = raising()
next(g)
del g
print("end")
