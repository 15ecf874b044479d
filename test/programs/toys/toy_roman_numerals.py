# Roman numerals both ways: encoding with a value table, strict decoding that rejects bad
# forms by re-encoding, arithmetic on numerals, and a table of results and errors.
TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


class RomanError(ValueError):
    pass


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise RomanError(f"{n} is out of range 1..3999")
    out = []
    for value, letters in TABLE:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text):
    text = text.strip().upper()
    if not text:
        raise RomanError("empty numeral")
    bad = [ch for ch in text if ch not in VALUES]
    if bad:
        raise RomanError(f"invalid letters {''.join(bad)!r} in {text!r}")
    total = 0
    for i, ch in enumerate(text):
        value = VALUES[ch]
        if i + 1 < len(text) and VALUES[text[i + 1]] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise RomanError(f"{text!r} is not canonical (did you mean {to_roman(total)}?)")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")

for text in ["mcmxc", " xlii ", "IIII", "VX", "IC", "ABC", "", "MMMM", "xix"]:
    try:
        print(f"{text!r:>9} = {from_roman(text)}")
    except RomanError as err:
        print(f"{text!r:>9}: {err}")

for value in [0, 4000, -5, 2.5, True, "12"]:
    try:
        print(value, to_roman(value))
    except (RomanError, TypeError) as err:
        print(f"{value!r}: {type(err).__name__}: {err}, is ValueError: {isinstance(err, ValueError)}")


def roman_sum(*numerals):
    return to_roman(sum(from_roman(n) for n in numerals))


print(roman_sum("XIV", "XXVIII"), roman_sum("MM", "CM", "XCIX"), roman_sum("I"))
year_table = {to_roman(y): y for y in range(1990, 2000)}
print(sorted(year_table, key=len)[:3], max(year_table, key=len))
print(sum(len(to_roman(n)) for n in range(1, 1000)), max(range(1, 1000), key=lambda n: len(to_roman(n))))
