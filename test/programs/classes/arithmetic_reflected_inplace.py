# Binary operator dunders (__add__/__sub__/__mul__/__truediv__/__floordiv__/__mod__),
# reflected versions, NotImplemented fallback, subclass-first reflection, sum(), and
# in-place __iadd__/__isub__ (mutating, and falling back to __add__ when missing).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  radd", type(other).__name__)
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents) if isinstance(other, Money) else NotImplemented

    def __mul__(self, n):
        return Money(self.cents * n) if isinstance(n, int) else NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Money):
            return self.cents / other.cents
        return Money(round(self.cents / other))

    def __floordiv__(self, n): return Money(self.cents // n)
    def __mod__(self, n): return Money(self.cents % n)


class Wallet(Money):
    def __iadd__(self, other):
        self.cents += other.cents if isinstance(other, Money) else other
        return self

    def __radd__(self, other):
        return "Wallet.__radd__ wins"


a, b = Money(250), Money(199)
print(a + b, a - b, a * 3, 3 * a, a / b, a / 4, a // 3, a % 7, a + 5)
print(10 + a, sum([a, b, Money(1)]), sum([], Money(0)))
print(a + Wallet(1), Money(1) + Wallet(1))
for op in (lambda: a + "x", lambda: "x" - a, lambda: a * 1.5, lambda: -a):
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
w = Wallet(100)
alias = w
w += 50
w += Money(25)
print(w, alias, w is alias, type(w).__name__)
m = Money(100)
alias = m
m += 1
m -= Money(30)
print(m, alias, m is alias)
n = 7
n *= Money(2)
print(n, type(n).__name__)
