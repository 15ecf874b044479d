# Dicts: creation, lookup, insertion order, overwrite keeps position, deletion, len and equality.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d))
print(d["two"], list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["one"]
d["one"] = 1
print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 0}, extra=1))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", -5: "neg"})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"])
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
print(5 in squares, 6 in squares, len(squares))
