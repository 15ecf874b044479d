# isdigit/isalpha/isalnum/isspace/isupper/islower/istitle/isdecimal/isnumeric/isidentifier.
samples = ["123", "abc", "abc123", "   ", "", "ABC", "Abc Def", "a_b", "12.5", "-3", "x y"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
for s in samples:
    print(repr(s), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
digits = [ch for ch in "a1b2c3" if ch.isdigit()]
print(digits, "".join(ch for ch in "a1b2c3" if ch.isalpha()))
print("Hello World".istitle(), "HELLO".isupper(), "hello".islower(), "123abc".isalnum())
print(" \t\n".isspace(), "42".isdecimal(), "x1".isidentifier(), "1x".isidentifier())
