# A subpackage of toolbox; run on its own as a program its relative import fails the same way
# under python3 and pygil.
from .length import to_metres
FACTORS_LOADED = True
