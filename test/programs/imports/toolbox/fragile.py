# A module whose body fails half-way: importing it raises, and the half-built module is not
# kept in sys.modules. Run on its own it fails the same way under python3 and pygil.
import sys

started = sys.modules.get("toolbox.fragile") is not None
attempts_marker = "fragile body ran"
print(attempts_marker)
LIMIT = int("not a number")
print("never reached")
