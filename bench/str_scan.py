# Benchmark: scanning one long text with str methods: find(sub, i) in a loop, startswith at
# offsets, slices and indexing, as a word counter or a hand-written parser does. Each call must
# cost what the work costs, not the length of the whole text (pygil decoded the text at every
# call until it kept the last long str's text: 24 s against python3's 0.2 s).
text = "lorem ipsum dolor sit amet, consectetur adipiscing elit " * 6000
count = 0
i = text.find("dolor")
while i >= 0:
    count += 1
    i = text.find("dolor", i + 1)
starts = 0
for k in range(0, len(text), 7):
    if text.startswith("ip", k) or text[k:k + 3] == "sit":
        starts += 1
vowels = 0
for k in range(0, 100000):
    if text[k] in "aeiou":
        vowels += 1
print(count, starts, vowels, text.count("elit"), text.rfind("lorem"))
