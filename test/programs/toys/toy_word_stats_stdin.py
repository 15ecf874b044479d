# Word statistics over text read with input() until EOF: counts with a dict, the most common
# words (ties broken alphabetically), line lengths, a letter histogram, and longest words.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break

STOP = {"the", "a", "and", "of", "to", "in", "is", "it"}
counts = {}
letters = {}
for line in lines:
    for raw in line.split():
        word = raw.strip(".,;:!?\"'()").lower()
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        for ch in word:
            if ch.isalpha():
                letters[ch] = letters.get(ch, 0) + 1

total_words = sum(counts.values())
print(f"{len(lines)} lines, {total_words} words, {len(counts)} distinct")
interesting = {w: n for w, n in counts.items() if w not in STOP}
top = sorted(interesting.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for rank, (word, n) in enumerate(top, 1):
    print(f"{rank}. {word:<10} {n:>2} {'*' * n}")
lengths = [len(line) for line in lines]
print("longest line:", max(range(len(lines)), key=lambda i: lengths[i]) + 1, "chars:", max(lengths))
print("blank lines:", sum(1 for line in lines if not line.strip()))
longest = sorted({w for w in counts if len(w) == max(map(len, counts))})
print("longest words:", longest)
peak = max(letters.values())
for ch in sorted(letters, key=lambda c: (-letters[c], c))[:5]:
    bar = "#" * round(20 * letters[ch] / peak)
    print(f"  {ch} {letters[ch]:>3} {bar}")
print("stop words:", sorted((w, counts[w]) for w in STOP if w in counts))
print("average word length: %.2f" % (sum(len(w) * n for w, n in counts.items()) / total_words))
