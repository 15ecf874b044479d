# Counter arithmetic: + - | & keep only positive counts, keys from either side.
from collections import Counter
a = Counter("aabbbcx"); b = Counter("abccd")
print(a + b, a - b, b - a, a | b, a & b)
print(Counter(x=3) - Counter(x=5), Counter(x=-2) + Counter(), Counter(y=1) & Counter(z=1))
