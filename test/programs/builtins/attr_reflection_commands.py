# getattr/setattr/hasattr/delattr/vars/callable in a toy command dispatcher and settings
# object: commands found by name, defaults for missing attributes, attributes created and
# removed at run time, and the errors for wrong names and types.
class Settings:
    volume = 5
    theme = "dark"

    def __init__(self):
        self.user = "guest"

    def describe(self):
        return f"{self.user}: volume {self.volume}, theme {self.theme}"


class Robot:
    def __init__(self):
        self.x = 0
        self.y = 0
        self.log = []

    def cmd_up(self, n=1):
        self.y += n

    def cmd_right(self, n=1):
        self.x += n

    def cmd_report(self):
        self.log.append((self.x, self.y))

    def run(self, script):
        for line in script.split(";"):
            word, *args = line.split()
            handler = getattr(self, "cmd_" + word, None)
            if handler is None or not callable(handler):
                self.log.append(f"unknown {word!r}")
                continue
            handler(*[int(a) for a in args])


bot = Robot()
bot.run("up 2; right; report; jump 3; right 4; up; report")
print(bot.log, (bot.x, bot.y))
print(sorted(name for name in vars(Robot) if name.startswith("cmd_")))

s = Settings()
print(s.describe(), vars(s))
for name, value in [("volume", 9), ("user", "ann"), ("brightness", 70)]:
    print(name, "before:", getattr(s, name, "<unset>"), hasattr(s, name))
    setattr(s, name, value)
print(vars(s), s.describe(), Settings.volume)
delattr(s, "volume")
print(s.volume, "volume" in vars(s), hasattr(Settings, "brightness"))
setattr(Settings, "theme", "light")
print(s.theme, getattr(Settings, "theme"))
s.__dict__["direct"] = True
print(s.direct, vars(s) is s.__dict__, sorted(vars(s)))

print(callable(len), callable(Settings), callable(s), callable(s.describe), callable(42), callable(lambda: 0))
print(getattr("text", "upper")(), getattr([3, 1, 2], "count")(1), getattr(5, "real"), hasattr(3, "bit_length"))
attr_names = ["user", "describe", "missing"]
print([(n, hasattr(s, n)) for n in attr_names])

errors = [
    lambda: getattr(s, "missing"),
    lambda: delattr(s, "missing"),
    lambda: getattr(s, 42),
    lambda: setattr(s, 3, "x"),
    lambda: hasattr(s),
    lambda: setattr(5, "attr", 1),
    lambda: vars(5),
    lambda: delattr(s, "describe"),
    lambda: getattr(None, "thing"),
]
for i, bad in enumerate(errors):
    try:
        print(i, "no error:", bad())
    except (AttributeError, TypeError) as err:
        print(i, type(err).__name__ + ":", err)
