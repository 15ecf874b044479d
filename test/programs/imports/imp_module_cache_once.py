# A module's body runs once: later imports, in any form, get the cached object from
# sys.modules; deleting it from sys.modules makes the next import run the body again; a plain
# module found through a directory added to sys.path.
import sys

print("before:", "toolbox.tally" in sys.modules)
import toolbox.tally
import toolbox.tally as again
from toolbox import tally as third
print(toolbox.tally is again is third, again.loads)
print(sys.modules["toolbox.tally"] is again, sys.modules["toolbox"] is toolbox)

again.bump("x")
third.bump("x")


def use_inside_function():
    import toolbox.tally as local_name
    return local_name.bump("x")


print(use_inside_function(), again.counts)

first = sys.modules.pop("toolbox.tally")
import toolbox.tally as reloaded
print(reloaded is first, reloaded.counts, first.counts, reloaded.loads)
print(toolbox.tally is reloaded)

sys.path.insert(0, "toolbox")
import textkit
import toolbox.textkit
print(textkit is toolbox.textkit, textkit.__name__, toolbox.textkit.__name__)
print(textkit.shout("two copies"), sorted(k for k in sys.modules if k.endswith("textkit")))
