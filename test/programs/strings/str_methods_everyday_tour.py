# String methods a toy script reaches for, beyond split/join: partition, splitlines,
# expandtabs, zfill, title/capitalize/swapcase/casefold, translate/maketrans, count with
# ranges, startswith with tuples, removeprefix/suffix, predicates, and their error cases.
line = "key = value = more"
print(line.partition(" = "), line.rpartition(" = "), line.partition("#"))
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\n\n".split("\n"))
print(repr("1\t22\t333\t".expandtabs(4)), repr("\tx".expandtabs()), repr("ab\tc".expandtabs(0)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("hello wORLD it's".title(), "hello WORLD".capitalize(), "MiXeD".swapcase(), "Straße".casefold(), "Straße".upper())
table = str.maketrans("abc", "xyz", "!?")
print("a bad cab!?".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print(str.maketrans({"a": "1"}) == {97: "1"}, "abc".translate(str.maketrans("", "", "b")))
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at", 10), text.count("at", 10, 20), text.count(""), "aaaa".count("aa"))
print(text.find("the", 1), text.rfind("the"), text.index("mat"), text.find("dog"), text.rindex("t", 0, 10))
print(text.startswith(("a", "the")), text.endswith(("cat", "hat")), text.startswith("cat", 4), text.endswith("sat", 0, 11))
print("report.txt".removesuffix(".txt"), "report.txt".removesuffix(".csv"), "Mr. Smith".removeprefix("Mr. "))
print("  spaced  ".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "www.example.com".strip("cmowz."))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".split(), " a b ".rsplit(None, 1), "a-b-c".rsplit("-", 1))
print("-".join(["x", "y"]), "".join(reversed("stressed")), ", ".join(map(str, range(4))))
print("center".center(12, "."), "left".ljust(8, "_"), "right".rjust(8), "odd".center(6, "*"), "ab".center(1))
for s in ["abc", "ABC", "Abc Def", "123", "½", "12.5", " ", "", "a1", "_name", "2x", "class"]:
    print(repr(s), s.isalpha(), s.isupper(), s.istitle(), s.isdigit(), s.isnumeric(),
          s.isdecimal(), s.isspace(), s.isalnum(), s.isidentifier())
print("replace".replace("e", "E"), "replace".replace("e", "E", 1), "aaa".replace("", "-"), "abc".replace("x", "y"))
print("Hello"[::-1], "Hello" * 2, "ell" in "Hello", "Hello" < "Help", min("hello"), sorted("cab"))
print(str(123), str(1.50), str([1, "a"]), repr("it's"), repr('say "hi"'), ascii("snow☃"))

errors = [
    lambda: "abc".index("z"),
    lambda: "a".join([1, 2]),
    lambda: "abc".split(""),
    lambda: "x".center(5, "ab"),
    lambda: "abc".startswith(["a"]),
    lambda: "abc"[5],
    lambda: "abc".zfill("3"),
    lambda: str.maketrans("ab", "c"),
    lambda: "abc".count(1),
    lambda: "abc" - "b",
]
for i, bad in enumerate(errors):
    try:
        print(i, bad())
    except (ValueError, TypeError, IndexError) as err:
        print(i, type(err).__name__ + ":", err)
