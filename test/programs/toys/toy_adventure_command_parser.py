# The command parser of a text adventure, fed from a script: verbs with synonyms, articles
# dropped, "it" meaning the last noun, several commands joined by "then", and helpful errors.
SCRIPT = """look
take the brass lamp
light it
go north then go north
examine the old door and
open door then unlock door with key
take key from the table then unlock the door with it
inventory
drop lamp then look
dance wildly
quit"""

SYNONYMS = {"get": "take", "grab": "take", "l": "look", "x": "examine", "inspect": "examine",
            "walk": "go", "i": "inventory", "inv": "inventory"}
ARTICLES = {"the", "a", "an", "some"}
PREPOSITIONS = {"with", "from", "on", "in"}


class ParseError(Exception):
    pass


class Game:
    def __init__(self):
        self.room_items = {"lamp", "table"}
        self.table_items = {"key"}
        self.carried = []
        self.lamp_lit = False
        self.door = "locked"
        self.last_noun = None
        self.running = True

    def parse(self, words):
        words = [w for w in words if w not in ARTICLES]
        if not words:
            raise ParseError("say something")
        verb = SYNONYMS.get(words[0], words[0])
        rest = words[1:]
        prep_at = next((i for i, w in enumerate(rest) if w in PREPOSITIONS), len(rest))
        noun = " ".join(rest[:prep_at]) or None
        prep = rest[prep_at] if prep_at < len(rest) else None
        other = " ".join(rest[prep_at + 1:]) or None
        if noun == "it" or other == "it":
            if self.last_noun is None:
                raise ParseError("I don't know what 'it' is")
            noun = self.last_noun if noun == "it" else noun
            other = self.last_noun if other == "it" else other
        if prep and not other:
            raise ParseError(f"{prep} what?")
        if noun:
            self.last_noun = noun.split()[-1]
        return verb, noun and noun.split()[-1], prep, other

    def do(self, verb, noun, prep, other):
        handler = getattr(self, "verb_" + verb, None)
        if handler is None:
            raise ParseError(f"I don't know how to {verb}")
        return handler(noun, prep, other)

    def verb_look(self, *_):
        return f"A dim room. You see: {', '.join(sorted(self.room_items))}. The door is {self.door}."

    def verb_take(self, noun, prep, other):
        source = self.table_items if other == "table" else self.room_items
        if noun not in source or noun == "table":
            raise ParseError(f"there is no {noun} to take here")
        source.discard(noun)
        self.carried.append(noun)
        return f"Taken: {noun}."

    def verb_light(self, noun, *_):
        if noun != "lamp" or "lamp" not in self.carried:
            raise ParseError(f"you have no {noun} to light")
        self.lamp_lit = True
        return "The lamp glows."

    def verb_go(self, noun, *_):
        if noun != "north" or self.door != "open":
            return "You bump into the door." if noun == "north" else f"You can't go {noun}."
        self.running = False
        return "You step through the door. The end!"

    def verb_examine(self, noun, *_):
        return {"door": "A heavy oak door.", "lamp": "A brass lamp."}.get(noun, f"Nothing special about the {noun}.")

    def verb_unlock(self, noun, prep, other):
        if noun != "door" or other != "key" or "key" not in self.carried:
            raise ParseError("you need the key to unlock the door")
        self.door = "closed"
        return "Click."

    def verb_open(self, noun, *_):
        if self.door == "locked":
            return "It is locked."
        self.door = "open"
        return "The door swings open."

    def verb_drop(self, noun, *_):
        self.carried.remove(noun)
        self.room_items.add(noun)
        return f"Dropped {noun}."

    def verb_inventory(self, *_):
        lamp = " (lit)" if self.lamp_lit else ""
        return "You carry: " + (", ".join(c + (lamp if c == "lamp" else "") for c in self.carried) or "nothing")

    def verb_quit(self, *_):
        self.running = False
        return "Bye."


game = Game()
for number, line in enumerate(SCRIPT.splitlines(), 1):
    for part in line.split(" then "):
        try:
            parsed = game.parse(part.lower().split())
            print(f"{number}> {part!r:40} {game.do(*parsed)}")
        except ParseError as err:
            print(f"{number}> {part!r:40} ?? {err}")
        except ValueError as err:
            print(f"{number}> {part!r:40} !! {type(err).__name__}: {err}")
    if not game.running:
        break
print("carried:", game.carried, "door:", game.door, "room:", sorted(game.room_items))
