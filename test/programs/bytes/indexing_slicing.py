# Indexing gives ints, slicing gives the same type; iteration, in, len, +, *.
data = b"Hello, bytes!"
print(data[0], data[-1], data[7], data[:5], data[7:], data[::2], data[::-1], data[3:3])
print(len(data), b"bytes" in data, 72 in data, 0 in data, b"" in data, [c for c in data[:3]])
print(data + b"?", b"ab" * 3, 2 * b"xy", b"z" * 0, b"a" * -1, data[100:])
ba = bytearray(b"mutable")
print(ba[0], ba[-1], ba[1:4], type(ba[1:4]).__name__, ba + b"!", b"!" + ba, ba * 2)
total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total, sum(b"abc"), max(b"hello"), sorted(b"cab"), list(reversed(b"abc")))
print(list(enumerate(b"hi")), dict(zip(b"ab", b"xy")))
it = iter(b"ok")
print(next(it), next(it), next(it, "done"))
for bad in [lambda: data[20], lambda: data["x"], lambda: data + "s", lambda: "s" + data, lambda: "x" in data,
            lambda: 300 in data, lambda: data * 1.5, lambda: bytearray(b"q")[5]]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
