# Building strings in loops, str() of values, len and word counting with a dict.
text = "the cat and the dog and the bird"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
for word in sorted(counts, key=lambda w: (-counts[w], w)):
    print(word, counts[word])
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
parts = []
for i in range(1, 6):
    parts.append(f"{i}^2={i * i}")
print("; ".join(parts))
print(str(1.5) + str(True) + str(None) + str([1, "a"]) + str((2,)))
rev = ""
for ch in "stressed":
    rev = ch + rev
print(rev)
vowels = sum(1 for ch in text if ch in "aeiou")
print(vowels, text.count(" ") + 1)
