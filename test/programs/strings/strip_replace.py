# strip/lstrip/rstrip with and without characters, and replace with counts.
s = "   padded text \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("<<[data]>>".strip("<>[]"), "abcba".strip("ab"))
print("banana".replace("a", "o"), "banana".replace("an", "AN", 1))
print("banana".replace("x", "y"), "aaa".replace("a", "aa"))
print("abc".replace("", "-"), "hello".replace("l", ""))
print("one two one".replace("one", "1", 0))
t = "  a  b  "
print(repr(t.strip().replace("  ", " ")))
path = "/usr//local///bin/"
while "//" in path:
    path = path.replace("//", "/")
print(path.strip("/"))
print("Mississippi".replace("ss", "SS").replace("i", "I", 2))
print(repr("\t\n x \r\n".strip()))
