# A SyntaxError (missing colon) stops the whole file before any line runs: nothing is printed.
print("never printed")
x = 3
while x > 0:
    x -= 1
if x > 1
    print("big")
else:
    print("small")
