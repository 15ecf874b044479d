# Import errors caught and printed: a missing module, a missing submodule, a missing name in
# from-import, a module whose body raises (and is not cached), and importing a function as if
# it were a module.
import sys

try:
    import no_such_toolbox_module
except ModuleNotFoundError as err:
    print(type(err).__name__, err)
try:
    import toolbox.missing_part
except ModuleNotFoundError as err:
    print(type(err).__name__, err)
try:
    from toolbox import missing_name
except ImportError as err:
    print(type(err).__name__, str(err).split(" (")[0])
try:
    from toolbox.units.length import MILES
except ImportError as err:
    print(type(err).__name__, str(err).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))

for attempt in range(2):
    try:
        import toolbox.fragile
    except ValueError as err:
        print("attempt", attempt, "ValueError:", err)
    print("cached:", "toolbox.fragile" in sys.modules)

try:
    import toolbox.banner
except ModuleNotFoundError as err:
    print(type(err).__name__, err)

import toolbox
print("fragile" in vars(toolbox), toolbox.VERSION)
try:
    toolbox.nothing_here
except AttributeError as err:
    print("AttributeError:", err)
