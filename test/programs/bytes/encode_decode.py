# str.encode and bytes.decode in utf-8, ascii and latin-1.
words = ["plain", "café", "naïve", "日本", "emoji 🎉", ""]
for w in words:
    b = w.encode()
    print(repr(w), b, len(w), len(b), b.decode() == w, b.decode("utf-8") == w)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"), b"\xe9".decode("latin-1"))
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "backslashreplace"))
print(b"h\xc3\xa9llo".decode("ascii", "replace"), b"h\xc3\xa9llo".decode("ascii", "ignore"))
print(b"\xff\xfeA".decode("utf-8", "replace"), b"\xe2\x82".decode("utf-8", "replace") + "|")
print("UTF-8 spellings:", "x".encode("UTF8"), "x".encode("utf_8"), "x".encode("Latin1"), b"A".decode("US-ASCII"))
print(bytearray("ñ", "utf-8").decode(), str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
