# Corners of the format-spec mini-language through format(), str.format and f-strings: fill
# and "=" alignment, signs with zero padding, alternate forms, grouping with _ and ,, general
# and exponent formats, string precision, self-documenting f-strings, and the errors.
values = [0, 7, -7, 255, 1234567]
for v in values:
    print(f"[{v:*>8}] [{v:=+8}] [{v:08_}] [{v: d}] [{v:#x}] [{v:#o}] [{v:#b}] [{v:_x}]")

for x in [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-5, 123456789.0, 1e16]:
    print(f"{x!r:>14} g={x:g} .3g={x:.3g} #g={x:#g} e={x:.2e} f={x:,.1f} %={x:.0%}")

print(format(3.0, ".0f"), format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"))
print(format(12, "e"), format(12, ".1%"), format(1.0, "g"), format(100000.0, "g"), format(1e6, "g"))
print(format(True, "d"), format(True, ">5"), format(False), format(None, ""), format(None, "") + "|")
print("[{:.3}] [{:>6.2}] [{:^9.4}] [{:<4}]".format("abcdef", "xyz", "centred", "toolong"))
print(f"[{'€uro':~^10}] [{'tab':\t<5}]".replace("\t", "T"))
print(format(-12, "010"), format(-12.5, "010.2f"), format(12, "+010_"), format(-1, "<5") + "|")
print(format(1234567.891, ",.2f"), format(-1234567, "_"), format(0xDEADBEEF, "_X"), format(255, "#010b"))
print(format(1 / 3, ".15f"), format(2 / 3, ".4g"), format(1e100, ".3g"), format(float("inf"), "+f"))
print(format(float("nan"), ">6"), format(-float("inf"), "e"), format(5, "c"), format(97, "c"))

name, qty, ratio = "widget", 42, 0.3125
print(f"{name=}", f"{qty=:>5}", f"{ratio = :.1%}", f"{qty * 2=}", f"{name!r:>10}")
width, precision, align = 9, 2, "^"
print(f"[{ratio:{align}{width}.{precision}f}]", "[{:{}{}}]".format(qty, ">", 6))
print("{0:{fill}>{w}}|{0:{fill}<{w}}".format("ab", fill="-", w=5))
print("{0!r:^9}|{0!s:^9}|{0!a:^9}".format("é"))
print("{.real}".format(5), "{0.imag}".format(7))
print("{0[0]}-{0[1][x]}-{1.__name__}".format(["first", {"x": "inner"}], int))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text


m = Money(123456)
print(f"[{m}] [{m:>12}] [{m:*<12}]", "{}".format(m), format(m, "^14"))

bad_specs = [
    lambda: format(5, "q"),
    lambda: format("text", "d"),
    lambda: format(3.5, "d"),
    lambda: format("s", "+"),
    lambda: format("s", ","),
    lambda: format(5, ".2d"),
    lambda: format(5, "=5") + format("x", "=5"),
    lambda: "{} {}".format(1),
    lambda: "{0} {}".format(1, 2),
    lambda: "{name}".format(nom=1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0[5]}".format([1]),
    lambda: "{:>{}}".format("a"),
    lambda: format(5, "cc"),
    lambda: format([1], "^5"),
]
for i, make in enumerate(bad_specs):
    try:
        print(i, "no error:", make())
    except (ValueError, IndexError, KeyError, TypeError) as err:
        print(i, type(err).__name__ + ":", err)
