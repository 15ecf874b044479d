# with statements holding several managers: enter in order, exit in reverse, the value bound
# by "as" (the __enter__ result, not the manager), tuple targets, and exits when a later
# __enter__ fails.
events = []


class Tracker:
    def __init__(self, name, fail_enter=False, value=None):
        self.name = name
        self.fail_enter = fail_enter
        self.value = value

    def __enter__(self):
        events.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self.value if self.value is not None else self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else "ok"
        events.append(f"exit {self.name} ({kind})")
        return False


def show(label):
    print(label, events)
    events.clear()


with Tracker("a") as a, Tracker("b") as b, Tracker("c"):
    events.append(f"body sees {a.name},{b.name}")
show("three managers:")

with Tracker("pair", value=(1, 2)) as (x, y):
    events.append(f"unpacked {x} and {y}")
show("tuple target:")

with Tracker("outer") as o:
    with Tracker("inner", value="INNER") as i:
        events.append("nested body " + o.name + " " + i)
show("nested:")

try:
    with Tracker("first"), Tracker("second", fail_enter=True), Tracker("third"):
        events.append("never")
except RuntimeError as err:
    events.append("caught: " + str(err))
show("failing enter:")

try:
    with Tracker("p"), Tracker("q"):
        raise KeyError("boom")
except KeyError as err:
    events.append("caught KeyError " + repr(err))
show("error in body:")


def early_return():
    with Tracker("r1"), Tracker("r2"):
        events.append("returning")
        return "value"
    events.append("unreachable")


print(early_return())
show("return:")

for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 0:
            continue
        if n == 2:
            break
        events.append("body " + str(n))
show("loop control:")

holder = {}
with Tracker("attr") as holder["m"]:
    pass
print(holder["m"].name)
show("subscript target:")

try:
    with 42:
        pass
except (TypeError, AttributeError) as err:
    print("not a context manager:", type(err).__name__)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        print("not entered")
except (TypeError, AttributeError) as err:
    print("missing __exit__:", type(err).__name__)
