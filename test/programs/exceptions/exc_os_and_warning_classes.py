# The OSError subclasses (ConnectionError and its family, BrokenPipeError, BlockingIOError,
# ChildProcessError, ProcessLookupError), UnicodeTranslateError and the Warning classes exist
# with CPython's bases, and OSError(errno, text) picks the subclass for the errno (PEP 3151).
import builtins

names = [
    "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
    "ConnectionResetError", "BlockingIOError", "ChildProcessError", "ProcessLookupError",
    "FileNotFoundError", "TimeoutError", "UnicodeTranslateError",
    "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
    "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
    "SyntaxWarning", "UnicodeWarning", "UserWarning",
]
for name in names:
    cls = getattr(builtins, name)
    print(f"{name:26} {cls.__base__.__name__:16} {' > '.join(c.__name__ for c in cls.__mro__[1:])}")

print(issubclass(ConnectionError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(issubclass(BlockingIOError, ConnectionError), issubclass(UserWarning, Exception))

for errno in [3, 10, 11, 32, 103, 104, 108, 111, 114, 115, 2, 13, 9999]:
    e = OSError(errno, "some text")
    print(errno, type(e).__name__, e.errno, e.strerror, e)

try:
    raise ConnectionRefusedError(111, "Connection refused")
except ConnectionError as e:
    print("caught", type(e).__name__, e, isinstance(e, OSError))

try:
    raise BrokenPipeError("pipe closed")
except OSError as e:
    print("caught", type(e).__name__, e.args, e.errno)

for warning in [UserWarning("careful"), DeprecationWarning("old", "api"), FutureWarning()]:
    try:
        raise warning
    except Warning as w:
        print(type(w).__name__, repr(w), str(w))


class RetryableError(ConnectionResetError):
    pass


try:
    raise RetryableError(104, "reset")
except ConnectionError as e:
    print(type(e).__name__, e.errno, e, [c.__name__ for c in type(e).__mro__])


# a subclass without __init__ takes errno and friends as OSError does; one whose __init__ calls
# super().__init__(errno, text, filename) gets them from OSError.__init__
class NoInit(OSError):
    pass


class WithInit(OSError):
    def __init__(self, path, extra=None):
        super().__init__(13, "Permission denied", path)
        self.extra = extra


n = NoInit(2, "gone", "f.txt")
print(type(n).__name__, n, n.errno, n.strerror, n.filename, n.args)
w = WithInit("secret.txt", extra="x")
print(type(w).__name__, w, w.errno, w.filename, w.args, w.extra, isinstance(w, PermissionError))
r = OSError(2, "No such file or directory", "a.txt", None, "b.txt")
print(type(r).__name__, r, r.args, r.filename, r.filename2)
print(OSError("just text").errno, OSError("just text").filename2, OSError().args)
try:
    NoInit(1, "x", detail=2)
except TypeError as t:
    print("TypeError:", t)
