# Word-frequency counter over a text file the program writes first.
import os
from collections import Counter

TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
"""

name = "word_frequency_%d.txt" % os.getpid()
with open(name, "w") as f:
    f.write(TEXT)


def words(path):
    with open(path) as f:
        for line in f:
            for word in line.split():
                word = word.strip(".,;:!?").lower()
                if word:
                    yield word


counts = {}
for w in words(name):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("distinct words:", len(counts), "total:", sum(counts.values()))
for word, n in ranked[:8]:
    print(f"{word:<10}{n:>3} {'#' * n}")
c = Counter(words(name))
print(c.most_common(3) == ranked[:3])
longest = max(counts, key=lambda w: (len(w), w))
print("longest:", longest)

report = "word_frequency_report_%d.txt" % os.getpid()
with open(report, "w") as out:
    for word, n in ranked:
        out.write(f"{word}\t{n}\n")
with open(report) as back:
    rows = [line.rstrip("\n").split("\t") for line in back]
print(len(rows), rows[0], rows[-1])
for path in (name, report):
    os.remove(path)
print(os.path.exists(name), os.path.exists(report))
