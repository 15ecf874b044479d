# SystemExit is not an Exception: except Exception lets it through, finally still runs.
import sys

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no-argument code", e.code)
try:
    try:
        sys.exit(4)
    except Exception:
        print("wrong: Exception caught SystemExit")
    finally:
        print("finally runs")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    print("exiting with 5")
    sys.exit(5)
finally:
    print("final cleanup")
