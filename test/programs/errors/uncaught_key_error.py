# An uncaught KeyError from a dict lookup of a missing key, after successful lookups.
ages = {"ann": 31, "bob": 25}
ages["dan"] = 19
print(sorted(ages))
print(ages.get("cy", "no cy yet"))
for name in ["ann", "bob", "dan", "cy", "eve"]:
    print(name, ages[name])
print("not reached")
