# printf-style % formatting: conversions, flags, width/precision from *, mapping keys,
# single values vs tuples, %r/%a, and the errors a hobbyist runs into.
print("%s|%r|%a" % ("text", "text", "naïve"))
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%s" % None)
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0))
print("%e|%.2E|%g|%G|%.3g|%#g" % (12345.678, 0.00012, 0.00001234, 1e20, 1234.5, 2.0))
print("%c%c%c" % (80, "y", 0x21), "%%", "100%%" % ())
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x)05.1f|%(y)-6s|" % {"x": 2.345, "y": "ab"})
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % ((1, 2), [3]), "%s" % {"k": 1})
print("%s" % "single", "%.3s" % "truncate", "%8.2s|" % "ab-cd", "%-8s|" % "left")
print("%d items at %.2f each = %8.2f total" % (3, 1.5, 3 * 1.5))
print("%s" % 1e100, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5, "%r" % 0.1)
print("%x" % -255, "%o" % -8, "%5s|%-5s|" % ("é", "ü"))

rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melon", 1, 2.75)]
print("%-8s %4s %6s" % ("item", "qty", "total"))
for name, qty, price in rows:
    print("%-8s %4d %6.2f" % (name, qty, qty * price))
print("%-8s %4d %6.2f" % ("sum", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))

template = "%s=%r"
pairs = [template % item for item in {"a": 1, "b": "two"}.items()]
print(", ".join(pairs))

cases = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "3",
    lambda: "%f" % "x",
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%q" % 1,
    lambda: "%(missing)s" % {"other": 1},
    lambda: "%(a)s %s" % {"a": 1},
    lambda: "%s" % (),
    lambda: "%x" % 1.5,
    lambda: "%" % (),
    lambda: "no conversions" % 5,
    lambda: "%*d" % ("a", 1),
]
for i, case in enumerate(cases):
    try:
        print(i, "no error:", repr(case()))
    except (TypeError, ValueError, KeyError, OverflowError) as err:
        print(i, type(err).__name__ + ":", err)
