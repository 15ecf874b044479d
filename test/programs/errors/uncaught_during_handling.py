# An exception raised inside an except block: the new one is what ends the program.
data = {"a": 1}
try:
    data["b"]
except KeyError as e:
    print("handling KeyError", e)
    int("not a number")
finally:
    print("finally still runs")
