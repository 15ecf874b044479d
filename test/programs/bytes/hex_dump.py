# A hex dump of some bytes, like `xxd`: offsets, hex pairs and printable characters.
data = "Hello, wörld!\n\tBytes 0-255: ".encode("utf-8") + bytes(range(0, 256, 9))


def printable(b):
    return chr(b) if 32 <= b < 127 else "."


def hexdump(data, width=16):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(printable(b) for b in chunk)
        print(f"{offset:08x}  {hexes:<{width * 3}} |{text}|")


hexdump(data)
checksum = 0
for b in data:
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print("length", len(data), "checksum", hex(checksum))
print("xor", bytes(b ^ 0x20 for b in b"Swap Case"))
runs = []
for b in b"aaabccddddd":
    if runs and runs[-1][0] == b:
        runs[-1][1] += 1
    else:
        runs.append([b, 1])
print("rle", bytes(sum(([n, b] for b, n in runs), [])).hex())
