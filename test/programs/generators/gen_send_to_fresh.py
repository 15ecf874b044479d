# send() of a value other than None to a generator that has not started raises TypeError;
# send(None) starts it, and once it has paused at a yield any value may be sent.


def echo():
    got = yield "ready"
    while True:
        got = yield "got %r" % (got,)


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except TypeError as e:
        print(label, "-> TypeError:", e)
    except StopIteration as e:
        print(label, "-> StopIteration", e.value)


g = echo()
attempt("send(5) fresh", lambda: g.send(5))
attempt("send(5) still fresh", lambda: g.send(0))
attempt("send(None) starts", lambda: g.send(None))
attempt("send(5) after start", lambda: g.send(5))
attempt("send([]) after start", lambda: g.send([]))


def counter(step):
    # a generator with a closure and a cell: more set-up before its first instruction
    total = 0

    def add(k):
        nonlocal total
        total += k
    while True:
        k = yield total
        add(k if k is not None else step)


c = counter(2)
attempt("closure fresh send", lambda: c.send("x"))
attempt("closure next", lambda: next(c))
attempt("closure send 10", lambda: c.send(10))
attempt("closure next again", lambda: next(c))

h = echo()
next(h)
attempt("after next", lambda: h.send(1))

fresh = (x * 2 for x in range(3))
attempt("genexpr fresh send", lambda: fresh.send(1))
attempt("genexpr next", lambda: next(fresh))
attempt("genexpr send", lambda: fresh.send(1))


def short():
    yield 1


s = short()
s.close()
attempt("closed fresh send", lambda: s.send(7))

t = short()
attempt("send None to fresh", lambda: t.send(None))
attempt("send after exhausting", lambda: t.send(3))


def running():
    yield r.send(1)


r = running()
try:
    next(r)
except ValueError as e:
    print("running:", type(e).__name__, e)
