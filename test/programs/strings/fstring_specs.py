# f-strings with alignment, width, precision, grouping, zero padding and nesting.
x = 3.14159
n = 1234567
s = "pad"
print(f"{s:>10}|{s:<10}|{s:^10}|")
print(f"{x:.3f} {x:.0f} {x:10.2f}| {x:<10.1f}|")
print(f"{n:,} {n:_} {-n:,}")
print(f"{x:08.2f} {-x:08.2f} {42:08d} {-42:06d}")
print(f"{n:>15,}|{0.5:.1%}")
width = 12
prec = 4
print(f"{x:{width}.{prec}f}|")
print(f"{n:x} {n:#o} {255:08b}")
print(f"{'nested'!r:>12}|")
print(f"{1e10:.3e} {123.456:g}")
print(f"{True} {None} {[1, 2]} {(3,)}")
print(f"{2 + 3} {len('abc') * 2} {'yes' if n > 5 else 'no'}")
rows = [("a", 1.5), ("bbb", 22.25), ("cc", 333.0)]
for name, val in rows:
    print(f"{name:<5}{val:>10.2f}")
print(f"{'':-^20}")
print(f"{12:+} {12:=+6} {0.1 + 0.2}")
