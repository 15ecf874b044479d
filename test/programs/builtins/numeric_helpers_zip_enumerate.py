# round/divmod/abs, isinstance with tuples, enumerate with start, zip with uneven lengths,
# any/all short-circuiting: a gradebook and a clock formatter written with them.
def clock(seconds):
    sign = "-" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return f"{sign}{days}d {hours:02}:{minutes:02}:{secs:02}"


for s in [0, 59, 61, 3600, 86399, 90061, -3725]:
    print(s, clock(s))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 5))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(1250, -2))
print(round(7), round(7.0), type(round(7.4)).__name__, type(round(7.4, 1)).__name__, round(-1.55, 1))
print(abs(-5), abs(3.25), abs(-0.0), abs(True), abs(-2 ** 70))

grades = {"ann": [90, 85.5, 77], "bob": [60, 72, 58], "cid": [100, 95, 99.5], "dee": []}
for rank, (name, marks) in enumerate(sorted(grades.items()), start=1):
    avg = round(sum(marks) / len(marks), 1) if marks else None
    passed = bool(marks) and all(m >= 60 for m in marks)
    excellent = any(m == 100 for m in marks)
    print(rank, name, avg, passed, excellent)

labels = ["a", "b", "c", "d"]
values = [1, 2, 3]
print(list(zip(labels, values)), list(zip(labels)), list(zip()), dict(zip(values, labels)))
print(list(enumerate(labels, 10)), list(enumerate("xy", start=-1)))
print([a * b for a, b in zip(range(5), range(10, 0, -2))], list(zip(*[(1, "x"), (2, "y")])))

checked = []


def probe(x):
    checked.append(x)
    return x > 2


print(any(probe(x) for x in [1, 3, 5]), checked)
checked.clear()
print(all(probe(x) for x in [3, 4, 1, 9]), checked)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))

things = [1, 2.0, "3", [4], (5,), None, True, {"six": 6}]
for thing in things:
    print(repr(thing), isinstance(thing, (int, float)), isinstance(thing, (list, tuple, dict)),
          isinstance(thing, (str, (type(None), bool))))

for bad in [lambda: divmod(1, 0), lambda: abs("x"), lambda: round("1.5"),
            lambda: isinstance(1, (int, "str")), lambda: enumerate(5), lambda: round(1.5, 1.0)]:
    try:
        print("no error:", bad())
    except (ZeroDivisionError, TypeError) as err:
        print(type(err).__name__ + ":", err)
