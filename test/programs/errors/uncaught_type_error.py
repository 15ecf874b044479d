# An uncaught TypeError from adding str and int inside a function: exit 1, traceback on stderr.
def label(n):
    return "item " + n


for name in ["one", "two"]:
    print(label(name))
print(label(2))
print("not reached")
