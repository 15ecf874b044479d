# Re-iterable objects (a class whose __iter__ is a generator) against one-shot iterators,
# iter(callable, sentinel) reading "records" from a list-backed source, generators closing
# over loop state, and next() defaults ending loops cleanly.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __iter__(self):
        for card in self.cards:
            yield card

    def __len__(self):
        return len(self.cards)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


deck = Deck("AKQJ")
print(list(deck), list(deck), len(deck), sorted(deck), "Q" in deck)
pairs = [(a, b) for a in deck for b in deck if a < b]
print(len(pairs), pairs[:3])

cd = Countdown(3)
print(list(cd), list(cd), iter(cd) is cd)
cd2 = Countdown(4)
print(next(cd2), [x for x in cd2], next(cd2, "empty"))
print(list(zip(Countdown(3), Deck("xyz"))), dict(enumerate(Countdown(2))))

records = ["id=1", "id=2", "", "id=3"]
reader = iter(lambda: records.pop(0) if records else "", "")
print(list(reader), records)


class Tape:
    def __init__(self, text):
        self.text, self.pos = text, 0

    def read(self, n=3):
        chunk = self.text[self.pos:self.pos + n]
        self.pos += n
        return chunk


tape = Tape("abcdefghij")
print([chunk for chunk in iter(tape.read, "")], tape.pos)
tape2 = Tape("xxxxSTOPyy")
print(list(iter(lambda: tape2.read(4), "STOP")), tape2.pos)

try:
    iter(len, 0)
    print("iter(len, 0) created lazily")
    next(iter(len, 0))
except TypeError as err:
    print("TypeError when called:", err)


def make_counters():
    gens = []
    for step in (1, 10):
        def counter(step=step):
            n = 0
            while True:
                n += step
                yield n
        gens.append(counter())
    return gens


ones, tens = make_counters()
print([next(ones) for _ in range(3)], [next(tens) for _ in range(3)])

lines = iter(["header", "a,1", "b,2", "", "footer"])
header = next(lines)
rows = []
while (line := next(lines, None)) is not None and line:
    name, value = line.split(",")
    rows.append((name, int(value)))
print(header, rows, next(lines), next(lines, "<eof>"))

gen = (c for c in "abc")
it = iter(gen)
print(it is gen, next(it), list(gen), list(it))
d = {"x": 1, "y": 2}
items = iter(d.items())
print(next(items), list(items), list(reversed(list(d))))
try:
    for k in d:
        d["z"] = 3
except RuntimeError as err:
    print("RuntimeError:", err)
