# Indexing strings with positive and negative indices, and iterating characters.
s = "interpreter"
print(s[0], s[1], s[-1], s[-2], s[len(s) - 1])
print(len(s), len(""), len("a b"))
for i in range(-3, 3):
    print(i, s[i])
chars = []
for ch in "abc":
    chars.append(ch * 2)
print(chars)
print("xyz"[1] + "xyz"[-3])
try:
    s[11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-12]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "X"
except TypeError as e:
    print("TypeError:", e)
word = "level"
print(all(word[i] == word[-1 - i] for i in range(len(word))))
print(type(s[0]), s[0] == "i")
