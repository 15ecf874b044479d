# The forms of import against the toolbox package beside this script: import a.b, import a.b
# as c, from a import b, from a.b import c as d, from package import *, subpackages
# and relative imports inside them, and module attributes.
import toolbox
import toolbox.textkit
import toolbox.units.length as length
from toolbox import textkit as tk, tally
from toolbox.textkit import shout, whisper as hush, join
from toolbox.units import to_metres
from toolbox.units.report import describe

print(toolbox.VERSION, toolbox.banner("hi"), toolbox.textkit.SEPARATOR.strip())
print(tk is toolbox.textkit, shout("go"), hush("QUIET"), join(1, "two", 3.0))
print(length.to_metres(2, "km"), to_metres(30, "cm"), length is toolbox.units.length)
print(describe(10, "ft"))
print(toolbox.__name__, tk.__name__, length.__name__, toolbox.units.__name__)
print(toolbox.shout is shout, toolbox.units.FACTORS_LOADED)
print(tally.loads, tally.bump("a"), tally.bump("a"), toolbox.tally.counts)

from toolbox import *
print(banner("ok"), VERSION)
print(toolbox.not_exported(), toolbox._private)
try:
    to_metres(1, "parsec")
except ValueError as err:
    print("ValueError:", err)
print(type(toolbox).__name__, hasattr(toolbox, "textkit"), hasattr(toolbox, "nonexistent"))
toolbox.textkit.SEPARATOR = " / "
print(join("a", "b"), tk.join("c", "d"))
