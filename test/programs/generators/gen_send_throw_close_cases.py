# Generator methods send/throw/close, and their error cases: throwing into finished or
# unstarted generators, ignoring GeneratorExit, and a generator resumed while it is running.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("echo closing with", received)
        raise


e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
e.close()
try:
    e.send("late")
except StopIteration as s:
    print("send after close -> StopIteration", s.value)

fresh = echo()
print("fresh generator started by send(None):", fresh.send(None))
fresh.close()


def resilient():
    n = 0
    while True:
        try:
            yield n
        except KeyError as err:
            print("resilient caught KeyError", err)
            n += 100
        n += 1


r = resilient()
print(next(r))
print(r.throw(KeyError("k")))
print(next(r))
try:
    r.throw(IndexError("not handled"))
except IndexError as err:
    print("propagated", type(err).__name__, err)
print(next(r, "finished"))


def unstarted():
    print("never printed")
    yield 1


u = unstarted()
try:
    u.throw(ValueError("early"))
except ValueError as err:
    print("unstarted throw:", err)
print(list(u))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def returns_on_exit():
    try:
        yield 1
    finally:
        print("finally ran")


g = returns_on_exit()
next(g)
print("close returns", g.close())


def self_ref():
    yield me.send(None)


me = self_ref()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)


def throw_class():
    try:
        yield "start"
    except ZeroDivisionError as err:
        yield f"got {type(err).__name__} args={err.args}"


t = throw_class()
next(t)
print(t.throw(ZeroDivisionError))


def converts_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(converts_stop())
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", type(err.__cause__).__name__, err.__cause__)
