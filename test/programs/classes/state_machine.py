# A simple state machine: one class per state with on_event() returning the next state,
# shared behaviour in a base class, a machine that records history and counts transitions.
class State:
    name = "?"
    def on_event(self, machine, event):
        if event == "reset":
            return Locked()
        machine.errors += 1
        print(f"  {self.name}: ignoring {event!r}")
        return self

    def __eq__(self, other):
        return type(self) is type(other)

    def __repr__(self):
        return self.name

class Locked(State):
    name = "locked"
    def on_event(self, machine, event):
        if event == "coin":
            machine.coins += 1
            return Unlocked()
        if event == "push":
            print("  locked: push does nothing")
            return self
        return super().on_event(machine, event)

class Unlocked(State):
    name = "unlocked"
    def on_event(self, machine, event):
        if event == "push":
            machine.passes += 1
            return Locked()
        if event == "coin":
            machine.coins += 1
            print("  unlocked: coin refunded")
            machine.coins -= 1
            return self
        if event == "kick":
            return Broken()
        return super().on_event(machine, event)

class Broken(State):
    name = "broken"

class Turnstile:
    def __init__(self):
        self.state = Locked()
        self.coins = self.passes = self.errors = 0
        self.history = [self.state.name]

    def feed(self, events):
        for event in events.split():
            new = self.state.on_event(self, event)
            if new != self.state:
                self.history.append(new.name)
            self.state = new
        return self

    def __str__(self):
        return f"{self.state!r}: coins={self.coins} passes={self.passes} errors={self.errors}"

t = Turnstile().feed("push coin push coin coin push push")
print(t, t.history)
print(t.feed("coin kick coin push reset coin").history[-4:], t)
print(Locked() == Locked(), Locked() != Unlocked(), [repr(s) for s in (Locked(), Broken())])
