# bytes literals and their repr, as CPython spells them.
samples = [
    b"", b"plain", b'single', b"it's", b'say "hi"', b'both \' and "', b"tab\there",
    b"new\nline", b"cr\rlf", b"\x00\x01\x7f\x80\xff", b"back\\slash", b"\x41\x42", rb"raw\n",
    b"%d%%" , bytes(5),
]
for s in samples:
    print(repr(s), len(s), str(s) == repr(s))
print(b"abc", [b"x", b"y"], {b"k": b"v"}, (b"t",))
print(f"{b'fmt'}", "%s %r" % (b"a", b"b"), "{}".format(b"c"))
print(bytearray(b"ba"), repr(bytearray()), [bytearray(b"\x00'")])
print(b"con" b"cat", type(b"x").__name__, type(bytearray()).__name__)
