# hex(), bin(), oct() and the matching literals for small, negative and big ints.
print(hex(255), hex(0), hex(-255), hex(2 ** 64))
print(bin(10), bin(0), bin(-10), bin(2 ** 20))
print(oct(8), oct(-8), oct(0))
print(0xFF, 0o17, 0b1111, 0xdead_beef, 1_000)
print(hex(12345678901234567890))
print(int(hex(987654321), 16), int(bin(987654321), 2))
for n in [1, 2, 7, 16, 100]:
    print(n, bin(n), hex(n), len(bin(n)) - 2)
print(bin(-1), hex(-1), bin(2 ** 100 - 1).count("1"))
