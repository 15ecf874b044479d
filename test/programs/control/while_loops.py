# while loops with break, continue and else, and loops whose condition changes inside the body.
n = 0
while n < 5:
    n += 1
print(n)
i = 0
found = None
while i < 100:
    i += 1
    if i % 7 == 0 and i % 5 == 0:
        found = i
        break
else:
    print("not reached")
print(found)
count = 0
while count < 3:
    count += 1
else:
    print("while-else ran", count)
odd_sum = 0
k = 0
while k < 20:
    k += 1
    if k % 2 == 0:
        continue
    odd_sum += k
print(odd_sum)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
while True:
    steps -= 50
    if steps < 0:
        break
print(steps)
