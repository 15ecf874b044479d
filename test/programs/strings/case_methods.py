# upper/lower/capitalize/title/swapcase/casefold on ASCII text.
s = "hello World, PYTHON 3!"
print(s.upper())
print(s.lower())
print(s.capitalize())
print(s.title())
print(s.swapcase())
print("ÉCOLE".lower(), "straße".upper())
print("hELLO".capitalize(), "x".upper(), "".lower())
print("they're bill's".title())
words = ["Banana", "apple", "Cherry"]
print(sorted(words), sorted(words, key=str.lower))
print("ABC".lower() == "abc", "Ab".upper() == "AB")
