# Maze solving with breadth-first search on string grids: neighbours, a parent map to rebuild
# the shortest path, the path drawn back onto the grid, and mazes without a way through.
from collections import deque

MAZES = {
    "small": """
S.#.....
.##.###.
....#...
.#.##.#.
.#....#E
""",
    "walled": """
S.#
###
..E
""",
    "open": """
S...
....
...E
""",
    "no exit": """
S..
...
""",
}


def parse(text):
    grid = [list(row) for row in text.strip("\n").splitlines()]
    marks = {}
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch in "SE":
                marks[ch] = (r, c)
    if "S" not in marks or "E" not in marks:
        raise ValueError("maze needs both S and E")
    return grid, marks["S"], marks["E"]


def neighbours(grid, cell):
    r, c = cell
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def solve(grid, start, end):
    parent = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == end:
            path = []
            while cell is not None:
                path.append(cell)
                cell = parent[cell]
            return path[::-1], len(parent)
        for nxt in neighbours(grid, cell):
            if nxt not in parent:
                parent[nxt] = cell
                queue.append(nxt)
    return None, len(parent)


def draw(grid, path):
    copy = [row[:] for row in grid]
    for r, c in path[1:-1]:
        copy[r][c] = "*"
    return "\n".join("".join(row) for row in copy)


for name, text in MAZES.items():
    print(f"== {name}")
    try:
        grid, start, end = parse(text)
    except ValueError as err:
        print("cannot solve:", err)
        continue
    path, explored = solve(grid, start, end)
    if path is None:
        print(f"no path from {start} to {end} ({explored} cells explored)")
        continue
    print(f"{len(path) - 1} steps, {explored} cells explored")
    print(draw(grid, path))
    turns = sum(1 for a, b, c in zip(path, path[1:], path[2:])
                if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
    print("turns:", turns, "first moves:", path[:4])
