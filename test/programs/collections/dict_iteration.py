# Iterating dicts in insertion order and the error on resizing during iteration.
inventory = {"pears": 3, "apples": 7, "figs": 0, "dates": 12}
for key in inventory:
    print(key, inventory[key])
for key, value in inventory.items():
    if value == 0:
        print("out of", key)
print([k for k in inventory if inventory[k] > 5])
total = 0
for v in inventory.values():
    total += v
print(total)
by_value = sorted(inventory.items(), key=lambda kv: kv[1])
print(by_value)
print(max(inventory, key=inventory.get), min(inventory.values()))
inverted = {v: k for k, v in inventory.items()}
print(inverted)
try:
    for k in inventory:
        inventory[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(inventory):
    if k.endswith("!"):
        del inventory[k]
print(inventory)
print(list(reversed(list(inventory))), list(enumerate(inventory))[:2])
