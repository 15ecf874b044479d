# min and max over iterables and arguments, with key and default.
print(max(3, 7, 2), min(3, 7, 2), max([1.5, -2, 0]), min("hello"))
print(max([4, 9, 1]), min((4, 9, 1)), max(range(10)), min({5: "a", 2: "b"}))
words = ["kiwi", "fig", "banana", "apple"]
print(max(words), min(words), max(words, key=len), min(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([], default="empty"), min([], default=None), max([7], default=0))
print(max(-5, 3, key=abs), min(-5, 3, key=abs), max([-5, 5], key=abs))
pairs = [("a", 3), ("b", 9), ("c", 9)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: -p[1]))
print(max("abc", "abd", "ab"), max([1, 2], [1, 2, 0]), max(x * x for x in range(-4, 3)))
print(max(2 ** 100, 2 ** 99, 1.0), min(True, 0))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
