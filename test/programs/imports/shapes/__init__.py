# A package: its __init__ imports a submodule relatively (run on its own, the relative import
# fails the same way under python3 and pygil).
from .polygons import square, triangle
from . import names
VERSION = "1.0"
