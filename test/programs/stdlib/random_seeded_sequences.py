# random: seeded sequences are CPython's own (MT19937 seeded by init_by_array, Lib/random.py's algorithms).
import random

random.seed(42)
print(random.random(), random.random(), random.random())
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
for seed in [0, 1, -1, 12345, 2 ** 32, 2 ** 100 + 7, True, 3.5, -3.5, 'hello', b'bytes', '']:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed(7)
print([random.randint(1, 6) for _ in range(15)])
print([random.randrange(0, 100, 7) for _ in range(5)], [random.randrange(100, 0, -3) for _ in range(5)], random.randrange(10 ** 30))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.sample(range(100), 10), random.sample('abcdefg', 3), random.sample(range(10 ** 9), 3))
print(random.sample(range(1000), 30))
print(random.sample(['x', 'y', 'z'], 4, counts=[1, 2, 3]))
print(random.choices('abc', k=5), random.choices('abc', [1, 5, 10], k=6), random.choices('abc', cum_weights=[1, 2, 10], k=6))
print(random.choices(range(5), weights=[0.1, 0, 3, 0.5, 2], k=4), random.choices([1, 2], k=0))
print(random.uniform(1, 10), random.uniform(-1, 1), random.expovariate(2), random.expovariate(0.5))
print(random.gauss(), random.gauss(5, 2), random.gauss(mu=1), random.normalvariate(), random.normalvariate(10, 3))
random.seed(99)
first = [random.random() for _ in range(5)]
random.seed(99)
print(first == [random.random() for _ in range(5)], first)
