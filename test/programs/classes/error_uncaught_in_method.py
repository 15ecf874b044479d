# An exception raised deep inside methods is not caught: output printed before it stays,
# the traceback goes through the method frames to stderr, and the exit status is 1.
class Ledger:
    def __init__(self, owner):
        self.owner = owner
        self.entries = []

    def add(self, amount, note=""):
        self._check(amount)
        self.entries.append((amount, note))
        return self

    def _check(self, amount):
        if not isinstance(amount, int):
            raise TypeError(f"amount must be int, got {type(amount).__name__}")
        if amount == 0:
            raise ValueError(f"{self.owner}: zero amount is not allowed")

    def balance(self):
        return sum(a for a, _ in self.entries)


class Importer:
    def __init__(self, ledger):
        self.ledger = ledger

    def load(self, lines):
        for line in lines:
            self.load_line(line)
        return self.ledger.balance()

    def load_line(self, line):
        amount, note = line.split(":")
        self.ledger.add(int(amount), note)
        print("loaded", repr(line), "balance", self.ledger.balance())


book = Ledger("ann")
book.add(10, "start").add(-3, "coffee")
print(book.balance(), book.entries)
try:
    book.add(2.5)
except TypeError as e:
    print("caught:", e)
imp = Importer(book)
print("total", imp.load(["5:gift", "-2:bus"]))
print("total", imp.load(["7:pay", "0:oops", "1:never"]))
print("not reached")
