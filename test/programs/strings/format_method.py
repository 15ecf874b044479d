# str.format with positional, indexed and keyword fields and format specs.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"))
print("{:5d}|{:<5d}|{:05d}".format(42, 42, 42))
print("{:.2f} {:.0f} {:10.3f}|".format(3.14159, 2.5, -1.5))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 1234567.891))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print("{:+d} {:+d} {: d}".format(5, -5, 5))
print("{:e} {:.2e} {:g} {:g}".format(12345.678, 0.000123, 0.00001, 1e20))
print("{:.1%} {:%}".format(0.256, 1.5))
print("{!r} {!s}".format("q", "q"))
print("{{literal}} {}".format("x"))
items = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for name, qty, price in items:
    print("{:<10}{:>4}{:>8.2f}".format(name, qty, qty * price))
print("{0[1]} {1[k]}".format([9, 8], {"k": "v"}))
