# for loops over lists, strings, ranges, dicts and tuples, with else, break and continue.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
for n in [2, 3, 4, 5, 6, 7, 8, 9]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for item in []:
    print("never")
else:
    print("empty loop else")
total = 0
for x in (10, 20, 30):
    total += x
print(total)
for key in {"b": 1, "a": 2}:
    print(key)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print(x, end=",")
print()
for i in range(3):
    pass
print("after loop i =", i)
