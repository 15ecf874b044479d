# json: a high-score table kept in a file: json.dump with indent and sort_keys, json.load back, update, save again, a larger generated table round-tripped, and the file removed at the end.
import json
import os

PATH = "json_highscores_table_%d.json" % os.getpid()  # two runs of this program may overlap


def load_table():
    if not os.path.exists(PATH):
        return {"game": "Space Rocks", "version": 1, "scores": []}
    with open(PATH) as f:
        return json.load(f)


def save_table(table):
    with open(PATH, "w") as f:
        json.dump(table, f, indent=2, sort_keys=True)


def add_score(table, player, points, level):
    table["scores"].append({"player": player, "points": points, "level": level,
                            "perfect": points % 1000 == 0})
    table["scores"].sort(key=lambda row: (-row["points"], row["player"]))
    del table["scores"][5:]


table = load_table()
for player, points, level in [("ada", 12000, 7), ("grace", 9500, 6), ("linus", 15250, 9),
                              ("zoë", 9500, 5), ("ken", 700, 1), ("dennis", 20000, 11)]:
    add_score(table, player, points, level)
save_table(table)

with open(PATH) as f:
    print(f.read())

again = load_table()
print(again == table)
add_score(again, "barbara", 16000.5, 10)
again["version"] += 1
save_table(again)

final = load_table()
print("version", final["version"])
for rank, row in enumerate(final["scores"], 1):
    print("%d. %-8s %9s  level %2d%s" % (rank, row["player"], row["points"], row["level"],
                                         "  (perfect)" if row["perfect"] else ""))

# a bigger table, compact on disk, read back and checked
big = {"rows": [{"id": i, "name": "player %d" % i, "score": i * 37 % 1001, "ratio": i / 8,
                 "tags": ["t%d" % (i % 3), "é"], "active": i % 2 == 0, "note": None}
                for i in range(80)]}
with open(PATH, "w") as f:
    json.dump(big, f, separators=(",", ":"))
with open(PATH) as f:
    text = f.read()
print(len(text), json.loads(text) == big)
with open(PATH) as f:
    best = max(json.load(f)["rows"], key=lambda r: (r["score"], r["id"]))
print(best)

os.remove(PATH)
print(os.path.exists(PATH))
