# f-strings with !r and !s conversions, quotes inside expressions, and literal braces.
name = "O'Brien"
text = 'say "hi"'
print(f"{name!r} {name!s} {name}")
print(f"{text!r}")
tab = "tab\there"
print(f"{tab!r} {'x'!r}")
values = [1, "two", 3.0, None]
print(f"{values}")
print(f"{values!r}")
for v in values:
    print(f"{v!r:>8}|{v!s:<8}|")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{{braces}} {{{name}}}")
n = 5
print(f"{n}{n}{n}", f"{n*n}")
multi = f"line1 {n}\nline2 {n + 1}"
print(multi)
print(f"{'a' + 'b'} {str(12)!r} {repr(12)}")
