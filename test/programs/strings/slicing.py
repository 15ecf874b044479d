# Slicing strings with starts, stops, negative bounds and steps, including out-of-range bounds.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-1:-4:-1], s[-4:-1], s[5:5], s[6:2], s[100:], s[-100:3])
print(s[2:100:4], s[::10], s[::11], s[9::-4])
print(repr(s[3:3]), repr(""[::-1]))
text = "Hello, World"
print(text[7:12], text[-5:], text[:5].upper())
for step in [1, 2, 3, -1, -3]:
    print(step, text[::step])
print(s[None:4], s[4:None], s[::None])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
