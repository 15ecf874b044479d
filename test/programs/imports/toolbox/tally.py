# Module-level state shared by everyone who imports toolbox.tally: it runs once per process
# however many times it is imported. Run on its own it prints one line.
loads = []
loads.append(__name__)
print("tally module body runs as", __name__)
counts = {}


def bump(key):
    counts[key] = counts.get(key, 0) + 1
    return counts[key]
