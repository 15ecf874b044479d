# Explicit chaining with raise ... from ...: uncaught, the traceback shows the original error,
# "The above exception was the direct cause of the following exception:", then the new one.
class ParseError(Exception):
    pass


def read_setting(line):
    key, value = line.split("=")
    return key.strip(), int(value)


def parse(lines):
    settings = {}
    for number, line in enumerate(lines, 1):
        try:
            key, value = read_setting(line)
        except ValueError as err:
            raise ParseError(f"line {number}: {line!r}") from err
        settings[key] = value
    return settings


print(parse(["a = 1", "b = 2"]))
print(parse(["width = 10", "height = ten"]))
