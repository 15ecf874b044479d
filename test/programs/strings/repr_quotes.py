# repr of strings picks quotes and escapes special characters.
print(repr("plain"), repr("it's"), repr('say "x"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\r"))
print(repr(""), repr(" "), repr("\x00\x07\x1b"), repr("\x7f"))
print(repr("é"), repr("日本"), repr("\u200b"))
print(["a'b", 'c"d', "e\nf"])
print(("x",), {"key": "va'l"})
print(str("it's"), "quote: '", 'dq: "')
s = "line\n"
print(len(s), len(repr(s)))
print(repr(repr("x")))
