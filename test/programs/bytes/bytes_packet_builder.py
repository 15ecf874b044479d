# bytes and bytearray in a toy "packet" format: a header built with int.to_bytes, a payload
# from text, a checksum, parsing it back with slicing and int.from_bytes, bytearray as a
# growing buffer, and the errors of mixing bytes with str or out-of-range values.
def checksum(data):
    total = 0
    for b in data:
        total = (total + b) % 256
    return total


def build_packet(kind, text):
    payload = text.encode("utf-8")
    header = bytes([0xAB, kind]) + len(payload).to_bytes(2, "big")
    body = header + payload
    return body + bytes([checksum(body)])


def parse_packet(packet):
    if packet[0] != 0xAB:
        raise ValueError(f"bad magic byte {packet[0]:#04x}")
    kind = packet[1]
    length = int.from_bytes(packet[2:4], "big")
    payload = packet[4:4 + length]
    if len(payload) != length:
        raise ValueError(f"truncated: wanted {length} bytes, got {len(payload)}")
    if checksum(packet[:-1]) != packet[-1]:
        raise ValueError("checksum mismatch")
    return kind, payload.decode("utf-8")


p = build_packet(1, "hello")
print(p, len(p), p.hex())
print(parse_packet(p))
q = build_packet(7, "naïve café")
print(q[:4], q[4:-1], q[-1], parse_packet(q))

buffer = bytearray()
for kind, text in [(2, "ab"), (3, ""), (4, "xyz")]:
    buffer += build_packet(kind, text)
print(len(buffer), buffer[:6], bytes(buffer[-4:]))

offset = 0
while offset < len(buffer):
    length = int.from_bytes(buffer[offset + 2:offset + 4], "big")
    end = offset + 4 + length + 1
    print("packet at", offset, parse_packet(bytes(buffer[offset:end])))
    offset = end

broken = bytearray(p)
broken[5] ^= 0xFF
damaged = [bytes(broken), p[:6], b"\x00" + p[1:], p[:-1] + bytes([(p[-1] + 1) % 256])]
for bad in damaged:
    try:
        parse_packet(bad)
    except (ValueError, IndexError, UnicodeDecodeError) as err:
        print(type(err).__name__ + ":", str(err)[:60])

print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little"), int.from_bytes(b"\xff", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), bytes(3), bytes(range(65, 70)))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"there"
ba.extend(b"!!")
ba.insert(0, 62)
print(ba, ba.pop(), ba.count(b"l"), ba.find(b"there"), ba.upper(), ba.decode().title())
del ba[:1]
ba.reverse()
print(ba, list(ba[:3]), b"l" in ba, 108 in ba, ba.replace(b"e", b"E"))
print(b"a,b,,c".split(b","), b" x ".strip(), b"-".join([b"1", b"2"]), b"abc" * 2, b"ab" + bytearray(b"cd"))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"A"[0], b"ABC"[1:], list(b"hi"), bytes([104, 105]).decode())

errors = [
    lambda: b"abc" + "def",
    lambda: bytes([256]),
    lambda: bytearray(b"x").append(300),
    lambda: (300).to_bytes(1, "big"),
    lambda: bytes.fromhex("zz"),
    lambda: b"\xff".decode("utf-8"),
    lambda: "é".encode("ascii"),
    lambda: b"abc"[1:2].index(b"z"),
    lambda: b"abc".decode("no-such-codec"),
]
for i, bad in enumerate(errors):
    try:
        print(i, bad())
    except (TypeError, ValueError, OverflowError, LookupError) as err:
        print(i, type(err).__name__ + ":", err)
