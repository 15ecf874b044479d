# if/elif/else chains, nested conditions, truthiness of conditions and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for value in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
x = 15
if x > 10:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if not x:
    print("unreachable")
label = "fizz" if x % 3 == 0 else "no"
print(label, "even" if x % 2 == 0 else "odd")
grade = 73
result = "A" if grade >= 90 else "B" if grade >= 80 else "C" if grade >= 70 else "F"
print(result)
if x > 0: print("one-line if")
