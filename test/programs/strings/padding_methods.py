# zfill/center/ljust/rjust, partition/rpartition and expandtabs-free text layout.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "mid".center(9) + "]", "[" + "mid".center(10, "*") + "]")
print("[" + "l".ljust(4) + "]", "[" + "r".rjust(4, ".") + "]", "[" + "long".ljust(2) + "]")
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
table = [("id", "name", "score"), ("1", "ann", "93"), ("22", "bo", "7")]
for row in table:
    print(row[0].rjust(3), row[1].ljust(6), row[2].rjust(5))
print("x".center(4), "|")
