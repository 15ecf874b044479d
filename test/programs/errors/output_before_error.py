# Many lines printed before an uncaught error must all appear on stdout, in order, then exit 1.
total = 0
for i in range(300):
    total += i
    print("line", i, "x" * (i % 40), total)
print("a partial line without newline", end="")
print(", finished", end="")
print(" at last")
print("last line before the error", end="")
raise KeyError("after the output")
