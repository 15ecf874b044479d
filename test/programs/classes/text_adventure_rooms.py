# A tiny text adventure: rooms and exits parsed from a multi-line string into Room objects,
# a Player moving through the graph, taking items, with commands fed from a script string.
WORLD = """
hall    | a dusty hall         | north=library east=kitchen | lamp
library | rows of old books    | south=hall up=tower        | book key
kitchen | a cold kitchen       | west=hall                  | bread
tower   | a windy tower top    | down=library               |
"""
SCRIPT = "look take lamp go north take key take sword go up go west go down go south go east take bread inventory"


class Room:
    def __init__(self, name, description):
        self.name, self.description = name, description
        self.exits = {}
        self.items = []

    def describe(self):
        items = ", ".join(self.items) if self.items else "nothing"
        return f"[{self.name}] {self.description}; exits: {' '.join(self.exits)}; you see {items}"


class World:
    def __init__(self, text):
        self.rooms = {}
        links = []
        for line in text.strip().splitlines():
            name, desc, exits, items = [part.strip() for part in line.split("|")]
            room = self.rooms[name] = Room(name, desc)
            room.items = items.split()
            links.extend((name, e.split("=")) for e in exits.split())
        for name, (direction, target) in links:
            self.rooms[name].exits[direction] = self.rooms[target]


class Player:
    def __init__(self, world, start):
        self.room = world.rooms[start]
        self.inventory = []
        self.moves = 0

    def do(self, verb, arg=None):
        if verb == "look":
            return self.room.describe()
        if verb == "go":
            if arg not in self.room.exits:
                return f"you cannot go {arg} from the {self.room.name}"
            self.room = self.room.exits[arg]
            self.moves += 1
            return self.room.describe()
        if verb == "take":
            if arg not in self.room.items:
                return f"there is no {arg} here"
            self.room.items.remove(arg)
            self.inventory.append(arg)
            return "taken: " + arg
        return f"carrying {sorted(self.inventory)} after {self.moves} moves"


world = World(WORLD)
hero = Player(world, "hall")
words = SCRIPT.split()
while words:
    verb = words.pop(0)
    arg = words.pop(0) if verb in ("go", "take") else None
    print(">", verb if arg is None else verb + " " + arg)
    print("  " + hero.do(verb, arg))
print(sorted((r.name, len(r.exits), r.items) for r in world.rooms.values()))
