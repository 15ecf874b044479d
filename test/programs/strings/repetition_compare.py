# String repetition, concatenation and lexicographic comparison.
print("ab" * 3, 3 * "xy", "z" * 0, "q" * -2, repr("" * 5))
print("-" * 20)
print("a" + "b" + "c", "x" + "" + "y")
print("apple" < "banana", "apple" < "Apple", "Z" < "a", "abc" < "abd")
print("ab" < "abc", "" < "a", "b" > "abc", "abc" == "abc", "abc" != "ABC")
print("10" < "9", "2" > "10", max("hello"), min("hello"))
print(sorted(["pear", "Fig", "apple", "fig", "Apple"]))
print(sorted("hello world"))
print("a" <= "a" < "b" <= "b")
banner = "=" * 5 + " title " + "=" * 5
print(banner, len(banner))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
