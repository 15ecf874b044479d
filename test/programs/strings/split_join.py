# str.split with and without separators and maxsplit, rsplit, splitlines and join.
line = "  alpha beta\tgamma\n delta  "
print(line.split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1))
print("a--b--c".split("--"), "abc".split("x"))
print("".split(), "".split(","), "   ".split())
print("1 2 3 4".split(" ", 2), "1 2 3 4".rsplit(" ", 2))
print("a b  c".split(" "))
print("line1\nline2\r\nline3\n".splitlines())
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join([]))
print(" ".join(str(n) for n in range(5)))
print("/".join("abc"))
words = "the quick brown fox".split()
print(len(words), words[::-1], " ".join(reversed(words)))
csv = "name=ann;age=31;city=oslo"
pairs = [item.split("=") for item in csv.split(";")]
print(pairs)
print(dict(pairs))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
