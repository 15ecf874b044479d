# Nested containers: lists of dicts, dicts of lists, deep access, mutation through aliases.
records = [
    {"name": "ann", "tags": ["x", "y"], "score": 91},
    {"name": "bob", "tags": [], "score": 78},
    {"name": "cy", "tags": ["y"], "score": 85},
]
print(records[0]["tags"][1], len(records[1]["tags"]))
records[1]["tags"].append("z")
print(records[1])
print([r["name"] for r in records if "y" in r["tags"]])
print(sorted(records, key=lambda r: r["score"])[0]["name"])
index = {}
for r in records:
    for t in r["tags"]:
        index.setdefault(t, []).append(r["name"])
print(index)
tree = [1, [2, [3, [4, [5]]]]]
depth = 0
node = tree
while isinstance(node, list):
    depth += 1
    node = node[-1] if len(node) > 1 else node[0]
print(depth, node)
board = [["." for _ in range(4)] for _ in range(3)]
board[1][2] = "X"
board[2][0] = "O"
for row in board:
    print("".join(row))
alias = board[1]
alias[0] = "#"
print(board[1], board[1] is alias)
print({"k": (1, [2, {"d": None}])})
