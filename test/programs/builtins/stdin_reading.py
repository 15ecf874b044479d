# sys.stdin reads the same standard input as input(), from the same place: readline, read(n),
# readline(size), iteration, readlines and read() take turns with input() without losing a byte.
import sys

print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(2)))
print(repr(input("prompt> ")))
print(repr(sys.stdin.read(4)))
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print("line", count, repr(line))
    if line.startswith("stop"):
        break
print(sys.stdin.readlines(5))
print(repr(sys.stdin.readline()))
rest = sys.stdin.read()
print(len(rest), repr(rest[-12:]))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.readable(), sys.stdin.writable())
print(sys.stdin.closed, sys.stdin.fileno(), sys.stdin is sys.__stdin__)
