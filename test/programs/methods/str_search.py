# Searching str methods: find/rfind/index/rindex/count/startswith/endswith with start/end,
# partition/rpartition, replace, removeprefix/removesuffix, and their error messages.
s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.find("zz"), s.find(""))
print(s.rfind("bra"), s.rfind("bra", 0, 8), s.rfind("a", -3), s.rfind("", 4))
print(s.find("a", -100, 100), s.find("a", 20), s.find("", 11), s.find("", 12))
print(s.index("cad"), s.rindex("a"), s.index("a", 1, None), s.find("a", None, -1))
print(s.count("a"), s.count("bra"), s.count("a", 4), s.count("a", 4, -1), s.count(""), "aaaa".count("aa"))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.startswith("a", 3, 4))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("x", "y")), s.endswith(""), "".startswith(""))
print(s.partition("cad"), s.partition("zz"), s.rpartition("a"), s.rpartition("zz"))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("bra", ""))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "".replace("", "x"))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
print("hello world".title().swapcase().find("W"))
errors = [
    lambda: s.index("zz"),
    lambda: s.rindex("zz", 3),
    lambda: s.find(1),
    lambda: s.count(None),
    lambda: s.find(),
    lambda: s.startswith(1),
    lambda: s.endswith(("a", 2)),
    lambda: s.partition(""),
    lambda: s.rpartition(5),
    lambda: s.replace("a"),
    lambda: s.replace("a", 1),
    lambda: s.removeprefix(1),
    lambda: s.find("a", "1"),
    lambda: str.find(5, "a"),
    lambda: str.upper(),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
path = "/usr/local/lib/python3.11/site.py"
head, sep, tail = path.rpartition("/")
print(head, tail, tail.rpartition(".")[0])
key, _, value = "colour = blue".partition("=")
print(repr(key.strip()), repr(value.strip()))
pos = -1
found = []
while True:
    pos = s.find("a", pos + 1)
    if pos < 0:
        break
    found.append(pos)
print(found)
