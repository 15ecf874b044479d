# Imports of .py files beside the script: import m, import m as n, from m import a, b as c,
# a package with __init__ and relative imports inside it, modules cached in sys.modules
# (run once), attribute access on modules, and a missing module.
import sys
import geometry
import geometry as g2
from geometry import circle_area, Rect as R
import shapes
from shapes import polygons
from shapes.polygons import triangle
import shapes.names

print(geometry is g2, geometry.PI, circle_area(2), R(3, 4).area())
print(shapes.VERSION, shapes.square(5), polygons.triangle(4, 3), triangle(6, 2))
print(shapes.names.ALL, "shapes.polygons" in sys.modules, sys.modules["geometry"] is geometry)
geometry.circle_area(1)
import geometry
print(len(geometry.calls), geometry.calls)
print(geometry.__name__, shapes.__name__, polygons.__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from geometry import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
