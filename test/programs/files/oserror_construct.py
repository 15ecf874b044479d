# OSError built by hand: the subclass an errno picks, and the texts of each form.
forms = [
    OSError(), OSError("plain message"), OSError(2, "No such file or directory"),
    OSError(2, "No such file or directory", "data.csv"), OSError(17, "File exists", "out"),
    OSError(13, "Permission denied", "/root/x"), OSError(21, "Is a directory", "d"),
    OSError(99, "Something else"), OSError(1, 2, 3, 4, 5, 6), FileNotFoundError("just text"),
    PermissionError(13, "Permission denied"),
]
for e in forms:
    print(type(e).__name__, "|", e, "|", e.args, "|", e.errno, e.strerror, e.filename)
print(issubclass(FileNotFoundError, OSError), issubclass(IsADirectoryError, OSError), issubclass(OSError, Exception))
print(OSError is IOError, isinstance(OSError(2, "x"), FileNotFoundError))
try:
    raise FileNotFoundError(2, "No such file or directory", "config.yaml")
except OSError as e:
    print("caught", repr(e.filename), e.errno)


class ConfigError(OSError):
    pass


try:
    raise ConfigError("bad config")
except OSError as e:
    print(type(e).__name__, e)
