# random: ranges, reproducibility, unseeded generators, and CPython's error messages.
import random

random.seed()
vals = [random.random() for _ in range(500)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 490)
ints = [random.randint(-3, 3) for _ in range(500)]
print(min(ints), max(ints), sorted(set(ints)) == list(range(-3, 4)))
steps = [random.randrange(10, 50, 5) for _ in range(300)]
print(all(s % 5 == 0 and 10 <= s < 50 for s in steps), len(set(steps)))
items = list('abcdefghij')
random.shuffle(items)
print(sorted(items) == list('abcdefghij'))
s = random.sample(range(50), 20)
print(len(s), len(set(s)), all(0 <= x < 50 for x in s))
print(all(random.getrandbits(7) < 128 for _ in range(100)), random.getrandbits(0))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('choice empty', lambda: random.choice([]))
attempt('choice int', lambda: random.choice(5))
attempt('randint empty', lambda: random.randint(5, 1))
attempt('randint missing', lambda: random.randint(1))
attempt('randint 3 args', lambda: random.randint(1, 2, 3))
attempt('randint twice', lambda: random.randint(1, a=2))
attempt('randint float', lambda: random.randint(1.5, 3))
attempt('randrange 0', lambda: random.randrange(0))
attempt('randrange empty', lambda: random.randrange(5, 5))
attempt('randrange zero step', lambda: random.randrange(1, 5, 0))
attempt('randrange step no stop', lambda: random.randrange(5, step=2))
attempt('randrange str', lambda: random.randrange('a'))
attempt('shuffle tuple', lambda: random.shuffle((1, 2)))
attempt('sample too many', lambda: random.sample([1, 2], 3))
attempt('sample set', lambda: random.sample({1, 2}, 1))
attempt('sample float k', lambda: random.sample([1, 2, 3], 2.0))
attempt('sample counts', lambda: random.sample('abc', 2, counts=[1, 2]))
attempt('choices weights', lambda: random.choices([1, 2], [1]))
attempt('choices zero', lambda: random.choices([1, 2], [0, 0]))
attempt('choices k pos', lambda: random.choices([1, 2], 3))
attempt('choices both', lambda: random.choices([1, 2], [1, 2], cum_weights=[1, 2]))
attempt('uniform str', lambda: random.uniform('a', 2))
attempt('random arg', lambda: random.random(1))
attempt('getrandbits neg', lambda: random.getrandbits(-1))
attempt('seed list', lambda: random.seed([1]))
attempt('expovariate 0', lambda: random.expovariate(0))
attempt('expovariate none', lambda: random.expovariate())
