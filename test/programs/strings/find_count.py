# find/rfind/index/rindex/count, with start and end arguments.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -4))
print(s.index("c"), s.rindex("a"), s.index("dab"))
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print("aaaa".count("aa"), "".count("a"))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
positions = []
start = 0
while True:
    pos = s.find("a", start)
    if pos < 0:
        break
    positions.append(pos)
    start = pos + 1
print(positions)
print("hello world".find("o", 5), "hello world".rfind("o", 0, 5))
