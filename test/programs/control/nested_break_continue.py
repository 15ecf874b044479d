# break and continue only affect the innermost loop; flags and else clauses for outer control.
matrix = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v < 0:
            print("negative found", v)
            break
    else:
        continue
    break
print("done scanning")
pairs = []
for a in range(4):
    for b in range(4):
        if (a + b) % 2:
            continue
        if b > a:
            break
        pairs.append((a, b))
print(pairs)
n = 0
outer = 0
while outer < 3:
    outer += 1
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
        n += inner
print(n)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
