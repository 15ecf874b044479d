# io.StringIO: an in-memory text file: write, read, readline, iteration, seek/tell, truncate, closing and its errors.
import io
buf = io.StringIO()
buf.write("hello\n")
buf.write("world\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()), repr(buf.read()))
src = io.StringIO("a,1\nb,2\nc,3")
rows = [line.strip().split(",") for line in src]
print(rows)
src.seek(0)
print(src.readlines(), src.seek(0, io.SEEK_END), src.read(2))
s = io.StringIO("abcdef")
s.seek(2); s.write("XY"); print(s.getvalue(), s.tell(), s.read(1))
s.truncate(3); print(repr(s.getvalue()))
with io.StringIO("x") as f:
    print(f.read(), f.closed)
print(f.closed)
for bad in ("closed", "type", "seek"):
    try:
        if bad == "closed":
            f.read()
        elif bad == "type":
            io.StringIO().write(5)
        else:
            io.StringIO().seek(-1)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
