# sys.argv holds the script name and the arguments given after it (from argv_args.args).
import sys

print(len(sys.argv))
print(sys.argv[1:])
total = 0
for arg in sys.argv[1:]:
    if arg.lstrip("-").isdigit():
        total += int(arg)
print("numeric total", total)
print(sys.argv[0].endswith("argv_args.py"))
