# Bound method objects stored and called later; functions attached to a class after it
# was created; functions stored on an instance (not bound); replacing methods.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
        self.calls = 0

    def greet(self, who="world"):
        self.calls += 1
        return self.greeting + ", " + who + "!"


g = Greeter("Hello")
h = Greeter("Hi")
m = g.greet
print(m())
print(m("Ann"))
print(g.calls, h.calls)
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(m.__name__, type(m).__name__, type(Greeter.greet).__name__)
print(Greeter.greet(h, "Bob"), h.calls)
print(g.greet == g.greet, g.greet == h.greet)

callbacks = [g.greet, h.greet, Greeter("Yo").greet]
print([cb("x") for cb in callbacks])
print(list(map(h.greet, ["p", "q"])), h.calls)
table = {"hello": g.greet, "hi": h.greet}
print(table["hi"](who="dict"))


# a plain function assigned to the class becomes a method of every instance
def shout(self, who):
    return self.greet(who).upper()


Greeter.shout = shout
print(g.shout("eve"), h.shout("dan"))
print(g.calls, h.calls)

# a function stored on the instance is not bound: no self is passed
g.plain = lambda who: "plain " + who
print(g.plain("zed"), "plain" in g.__dict__)

# a lambda as a class attribute binds like a def
Greeter.twice = lambda self, w: self.greet(w) + " / " + self.greet(w)
k = Greeter("Hey")
print(k.twice("you"), k.calls)

# replacing a method on the class affects existing instances, but not bound methods
old = Greeter.greet
Greeter.greet = lambda self, who="all": "[" + old(self, who) + "]"
print(g.greet(), h.shout("kim"))
print(m("again"))
print(getattr(h, "greet")("via getattr"), g.calls, h.calls)


def make_adder(self, n):
    self.calls += n
    return self.calls


Greeter.add_calls = make_adder
adder = h.add_calls
print(adder(10), adder(5), h.calls)
