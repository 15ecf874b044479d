# list and tuple methods: insert clamping, pop/remove/index errors, index ranges, count with NaN,
# stable sort with key and reverse, unorderable sorts, sort seeing an empty list, unbound calls.
lst = [1, 2, 3]
lst.insert(-10, "lo")
lst.insert(10, "hi")
lst.insert(-1, "pre")
lst.insert(True, "one")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
nums = [4, 1, 4, 2, 4]
print(nums.index(4), nums.index(4, 1), nums.index(4, -2), nums.index(2, 0, 4), nums.count(4), nums.count(9))
print(nums.index(4, -100, 100), [1.0, 1, True].count(1), [[1], [1]].count([1]))
nan = float("nan")
print([nan, 1].count(nan), [nan].index(nan), (nan, nan).count(nan))
t = (3, "a", 3, None, 3)
print(t.index(3), t.index(3, 1), t.index(None), t.count(3), t.count("b"))
people = [("bob", 25), ("amy", 31), ("cat", 25), ("dan", 31), ("eve", 19)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
words = ["b", "A", "c", "B", "a"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
mixed = [3, 1.5, True, -2, 0.0]
mixed.sort(reverse=1)
print(mixed)
seen = []
def spy(x):
    seen.append(len(probe))
    return -x
probe = [3, 1, 2]
probe.sort(key=spy)
print(probe, seen)
big = [(i * 37) % 101 for i in range(200)]
big.sort()
print(big[:5], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
r = list(range(8)); r.reverse()
c = r.copy(); c.clear()
print(r, c, list.copy(r) == r)
list.append(c, "via type")
print(c, list.index(r, 5), tuple.count((1, 1), 1))
errors = [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop("0"), lambda: [1].remove(2),
          lambda: [1, 2].index(3), lambda: ["a"].index("b"), lambda: (1,).index(2),
          lambda: [1].index(1, "x"), lambda: [1].insert(0), lambda: [1, "a"].sort(),
          lambda: [1, "a"].sort(reverse=True), lambda: ["x", 1, 2].sort(), lambda: [1].sort(1),
          lambda: [1].sort(cmp=None), lambda: [1].append(), lambda: [].extend(5),
          lambda: list.append((), 1), lambda: [3, 1].sort(key=lambda v: 1 / (v - 1))]
for f in errors:
    try:
        print(f())
    except (IndexError, ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
victim = [3, 1, 2]
try:
    victim.sort(key=lambda v: victim.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e, victim)
