# str.split / rsplit / splitlines / join: separators, maxsplit, keywords, and their errors.
text = "  alpha  beta\tgamma\n delta  "
print(text.split())
print(text.split(None, 2))
print(text.rsplit(maxsplit=1))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(), "".split(","), "   ".split())
print("one two".split(sep=" ", maxsplit=0))
print("x1y1z".split("1", -1))
lines = "first\nsecond\r\nthird\rfourth\n\nlast"
print(lines.splitlines())
print(lines.splitlines(True))
print("trailing\n".splitlines(), "".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print(" ".join(w.upper() for w in "make me loud".split()))
print(str.join("+", ("1", "2", "3")))
print("|".join({"k1": 1, "k2": 2}))
for bad in (lambda: "-".join(["a", 1, "c"]),
            lambda: "-".join([None]),
            lambda: "-".join(5),
            lambda: "a b".split(""),
            lambda: "a b".split(1),
            lambda: "a b".split(" ", 1, 2),
            lambda: "a b".split(x=1),
            lambda: "a".splitlines(1, 2)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print([part.strip() for part in " a | b |c ".split("|")])
row = "name=Ann;age=30;city=Oslo"
print(dict(pair.split("=") for pair in row.split(";")))
