# ord, chr, hex and bin used together, and their round trips.
for ch in "Az9~":
    code = ord(ch)
    print(ch, code, hex(code), bin(code), chr(code) == ch)
print([chr(n) for n in range(ord("a"), ord("f"))])
print(hex(ord("€")), chr(0x263A), chr(int("41", 16)), int(bin(ord("Q")), 2))
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), hex(-42), bin(-5))
print("".join(chr(ord(c) ^ 32) for c in "sWAP cASE"))
codes = [ord(c) for c in "pygil"]
print(codes, sum(codes), hex(sum(codes)), bin(max(codes)))
print("".join(chr(c + 1) for c in codes))
