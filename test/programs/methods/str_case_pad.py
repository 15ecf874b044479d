# Case, padding, stripping, predicate and encoding methods of str, with their errors.
words = ["hello world", "HeLLo wORLD", "it's o'neil's 3rd-place", "ß straße", "123abc", ""]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.swapcase()))
    print(repr(w.title()), repr(w.capitalize()), w.istitle(), w.isupper(), w.islower())
print("ab".center(7), "|" + "ab".center(7, "*") + "|", "abc".center(6, "-"), "abc".center(2))
print("7".zfill(3), "-7".zfill(4), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("x".ljust(4, ".") + "|", "x".rjust(4) + "|", "long".ljust(2) + "|")
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("x\ty\n\tz".expandtabs(tabsize=2)))
print(repr("  pad me \n".strip()), repr("  pad me \n".lstrip()), repr("  pad me \n".rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"), "abc".strip(""), "a".strip(None))
samples = ["123", "12.5", "abc", "abc123", "   ", "", "ABC", "Title Case", "under_score", "9lives",
           "²", "½", "٣", "héllo", "tab\there", "résumé"]
for t in samples:
    flags = [t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
             t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable()]
    print(repr(t), "".join("1" if f else "0" for f in flags))
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print("héllo".encode(), "abc".encode("utf-8"), len("€uro".encode()), "x".encode(encoding="utf8"))
for f in (lambda: "a".center(5, "ab"),
          lambda: "a".ljust(5, 1),
          lambda: "a".rjust("5"),
          lambda: "a".center(),
          lambda: "a".zfill("3"),
          lambda: "a".strip(1),
          lambda: "a".lstrip(1, 2),
          lambda: "a".upper(1),
          lambda: "a".expandtabs("x"),
          lambda: "a".encode("utf-8", "strict", 1)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
for name, price, qty in table:
    print(name.capitalize().ljust(12, ".") + str(qty).rjust(4) + "{:.2f}".format(price * qty).rjust(8))
