# An uncaught ValueError from int() on a non-numeric string, after partial progress.
values = ["10", "20", "thirty", "40"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
print("not reached", total)
