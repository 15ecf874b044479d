# Conway's Game of Life on a small wrapping board: live cells in a set of (row, col) tuples,
# neighbour counts with a dict, generations printed as text, and a still-life/oscillator check.
def parse(picture):
    cells = set()
    rows = picture.strip("\n").splitlines()
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells, len(rows), max(len(line) for line in rows)


def step(cells, height, width):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % height, (c + dc) % width)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, height, width):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(width)) for r in range(height))


def classify(cells, height, width, limit=20):
    seen = {frozenset(cells): 0}
    current = cells
    for gen in range(1, limit + 1):
        current = step(current, height, width)
        key = frozenset(current)
        if not current:
            return f"dies out at generation {gen}"
        if key in seen:
            period = gen - seen[key]
            return "still life" if period == 1 and seen[key] == gen - 1 and key == frozenset(cells) else f"repeats with period {period} from generation {seen[key]}"
        seen[key] = gen
    return f"still changing after {limit} generations"


PATTERNS = {
    "blinker": """
.....
..#..
..#..
..#..
.....
""",
    "block": """
....
.##.
.##.
....
""",
    "glider": """
.#....
..#...
###...
......
......
......
""",
    "lonely": """
#...
....
..#.
""",
}

for name, picture in PATTERNS.items():
    cells, h, w = parse(picture)
    print(f"== {name}: {len(cells)} cells on {h}x{w}, {classify(cells, h, w, 30)}")
    current = cells
    for gen in range(3):
        print(f"gen {gen}:")
        print(render(current, h, w))
        current = step(current, h, w)
    print("sorted live cells now:", sorted(current))
