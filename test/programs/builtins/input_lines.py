# input() reads lines from standard input, with and without a prompt (the prompt goes to stdout).
name = input("Your name: ")
print()
print("Hello,", name)
count = int(input())
numbers = []
for _ in range(count):
    numbers.append(int(input()))
print("numbers", numbers, "sum", sum(numbers))
line = input("words> ")
print()
print(sorted(line.split()))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("remaining lines", rest)
