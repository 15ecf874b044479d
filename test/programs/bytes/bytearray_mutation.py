# bytearray changes in place: items, slices, append, extend, insert, pop, remove, +=, *=.
ba = bytearray(b"hello")
ba[0] = ord("j")
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"a"
print(ba, len(ba))
ba[::2] = b"XY"
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.extend(range(65, 67))
print(ba)
ba.insert(0, 64)
ba.insert(-1, 95)
ba.insert(100, 10)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("?"))
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba += b"++"
ba *= 2
print(ba)
c = ba.copy()
c.reverse()
print(c, ba == c[::-1], c is ba)
c.clear()
print(c, len(c), bool(c), bool(ba))
alias = ba
alias += b"!"
print(ba is alias, ba[-1])
for bad in [lambda: ba.__class__(b"x").pop(3), lambda: bytearray().pop(), lambda: ba.remove(0),
            lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.extend("str"),
            lambda: ba.insert(0, -5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba[0] = 1000
except ValueError as e:
    print("ValueError", e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
try:
    b"immutable"[0] = 1
except TypeError as e:
    print("TypeError", e)
