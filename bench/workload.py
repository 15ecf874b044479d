# Benchmark: a mixed workload of lists, dicts and strings: a 200k-int list built, summed and
# sorted; a dict counting the words of a generated text; string joins, splits and int parsing.
WORDS = ["gil", "heap", "lock", "frame", "stack", "object", "thread", "bytecode", "refcount", "dict"]


def main():
    nums = [(i * 7919 + 13) % 100003 for i in range(200000)]
    total = sum(nums)
    ordered = sorted(nums)
    print(total, ordered[0], ordered[len(ordered) // 2], ordered[-1])

    text = " ".join(WORDS[(i * i + 3 * i) % len(WORDS)] for i in range(100000))
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(len(text), top[:3], top[-1])

    lines = [",".join(str(n) for n in ordered[i:i + 20]) for i in range(0, 40000, 20)]
    blob = "\n".join(lines)
    parsed = [int(field) for line in blob.split("\n") for field in line.split(",")]
    print(len(blob), len(parsed), sum(parsed) == sum(ordered[:40000]))

    squares = {n: n * n for n in range(50000)}
    evens = [v for k, v in squares.items() if k % 2 == 0]
    print(len(evens), evens[-1], max(squares.values()))


main()
