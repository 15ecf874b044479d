# ord and chr, Caesar shifting, and building strings from code points.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"))
print(chr(97), chr(65), chr(48), chr(8364), repr(chr(10)))
print([ord(c) for c in "Hi!"])
print("".join(chr(c) for c in range(65, 75)))


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.islower():
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif ch.isalpha() and ch.isupper():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
print(sum(ord(c) for c in "checksum") % 256)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
