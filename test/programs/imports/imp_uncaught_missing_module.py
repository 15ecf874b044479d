# Importing a module that does not exist, uncaught: ModuleNotFoundError with a traceback, after
# a successful import of the package beside this script.
import toolbox

print("toolbox", toolbox.VERSION)
from toolbox.units import length
print(length.to_metres(1, "km"))
import toolbox.units.volume
print("not reached")
