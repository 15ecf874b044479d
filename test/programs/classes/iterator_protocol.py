# Iterators built from classes: __iter__ returning self with __next__, an iterable whose
# __iter__ makes a fresh iterator each time, a generator-based __iter__, and consumers.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Span:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return SpanIterator(self)


class SpanIterator:
    def __init__(self, span):
        self.span = span
        self.cur = span.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.span.hi:
            raise StopIteration
        value = self.cur
        self.cur += self.span.step
        return value


class Words:
    def __init__(self, text):
        self.text = text

    def __iter__(self):
        for w in self.text.split():
            yield w.lower()


for i in Countdown(3):
    print("tick", i)
c = Countdown(4)
print(iter(c) is c, next(c), list(c), list(c), next(c, "done"))
s = Span(0, 10, 3)
print(list(s), list(s), sum(s), max(s), sorted(s, reverse=True), 6 in s, 7 in s)
print(list(zip(Span(1, 4), Countdown(5))), dict(enumerate(Span(5, 8))))
it = iter(s)
print(next(it), next(it), list(it), iter(s) is iter(s), type(it).__name__)
a, b, c = Span(7, 10)
print(a, b, c, [x * y for x in Span(1, 3) for y in Countdown(2)])
w = Words("The Quick brown THE fox")
print(list(w), list(w), " ".join(w), sorted(set(len(x) for x in w)))
print(list(map(str.upper, Words("a b"))), any(x == "fox" for x in w), all(w))
total = 0
for x in Span(0, 100, 7):
    if x > 40:
        break
    total += x
print(total, list(filter(lambda v: v % 2, Span(0, 12, 3))))
