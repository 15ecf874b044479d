# A parenthesis that is never closed is a SyntaxError reported for the whole file.
print("never printed")
values = [1, 2, 3]
total = sum(values
print(total)
for v in values:
    print(v)
