# str.format: auto/manual numbering, keywords, attribute and index fields, conversions, nested
# specs, escaped braces, and the errors of malformed format strings.
print("{}-{}-{}".format("a", 2, 3.5))
print("{2}{1}{0}{1}".format("x", "y", "z"))
print("{greet}, {0}! You are {age:>4} years".format("Ann", greet="Hi", age=7))
pt = {"x": 3, "y": [10, 20, 30]}
print("x={0[x]} y1={0[y][1]} first={1[0]} last={1[2]}".format(pt, "abc"))
print("{0.real} {0.imag} {1.start}:{1.stop}:{1.step}".format(5, range(2, 9, 3)))
print("{!r} {!s} {!a} {!r:>8}".format("tea", "tea", "café", "x"))
print("[{:^9}] [{:<6}] [{:>6}] [{:*>6}] [{:06.2f}]".format("mid", "l", "r", "s", 3.14159))
for width, prec in [(8, 2), (10, 4)]:
    print("[{0:{w}.{p}f}] [{0:>{w}}]".format(2.718281828, w=width, p=prec))
print("[{:{}}] [{:{}{}}]".format("ab", 5, "cd", "^", 6))
print("{{}} {{{0}}} {{x}}".format("in braces"))
print("{0:,} {0:_x} {1:.1%} {2:e}".format(1234567, 0.4567, 12000.0))
print("{:d} {:5} {:<5}|{:+}".format(True, True, 42, 7))
print("{0}{0}{0}".format("ab"), "{}".format(None), "{}".format([1, "two"]), "{0}".format((1,)))
print("empty: '{}'".format(""), "{:>3}".format(""), "no fields".format(1, 2, k=3))
data = [("widget", 4, 3.5), ("gadget", 12, 0.75)]
header = "{:<8}|{:>5}|{:>8}".format("item", "qty", "total")
print(header)
print("-" * len(header))
for name, qty, price in data:
    print("{:<8}|{:>5d}|{:>8.2f}".format(name, qty, qty * price))
bad = ["{", "}", "{0", "{0[}", "{!x}", "{0!}", "{:d}", "{a}", "{3}", "{0}{}", "{}{1}", "{0.nope}",
       "{0[5]}", "{:>{}}", "x}y", "{0:{1:{2}}}"]
for fmt in bad:
    try:
        print(repr(fmt.format("s", {"j": 1})))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
