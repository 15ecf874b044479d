# An uncaught AttributeError from a method that the built-in type does not have.
items = [3, 1, 2]
items.sort()
print(items)
items.append(4)
print(items, len(items))
text = "abc"
print(text.upper(), text.find("c"))
items.push(4)
print("not reached")
