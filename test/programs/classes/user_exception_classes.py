# User-defined exception classes: a small hierarchy under Exception, args, str()/repr(),
# custom __init__/__str__, catching by base class, except-clause order, raise ... from;
# it ends with an uncaught ConfigError (stderr's last line names it; exit status 1).
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"


class NetworkError(AppError):
    retryable = False


class RequestTimeout(NetworkError):
    retryable = True

def fail(kind):
    if kind == "config":
        raise ConfigError("port", "not a number")
    if kind == "timeout":
        raise RequestTimeout("no answer after", 30)
    if kind == "network":
        raise NetworkError("host down")
    if kind == "app":
        raise AppError()
    if kind == "value":
        raise ValueError("plain builtin")
    return "no error for " + kind


for kind in ["config", "timeout", "network", "app", "value", "ok"]:
    try:
        print(fail(kind))
    except NetworkError as e:
        print("network:", type(e).__name__, e.args, str(e), e.retryable)
    except AppError as e:
        print("app:", type(e).__name__, e.args, repr(str(e)))
    except Exception as e:
        print("other:", type(e).__name__, e)

e = ConfigError("debug")
print(e, "|", e.args, e.key, e.reason, repr(AppError("x", 2)), repr(NetworkError()))
print(isinstance(e, (AppError, KeyError)), issubclass(RequestTimeout, Exception), e.__class__.__name__)
print(issubclass(ConfigError, NetworkError), [c.__name__ for c in RequestTimeout.__mro__])
try:
    try:
        fail("timeout")
    except (ConfigError, RequestTimeout) as inner:
        raise ConfigError("retry", "gave up") from inner
except AppError as outer:
    print(outer, "<-", type(outer.__cause__).__name__, outer.__cause__.args)
try:
    try:
        fail("network")
    except AppError:
        print("handling, then re-raising")
        raise
except NetworkError as again:
    print("caught again:", again)
errors = [AppError("a"), ConfigError("k"), RequestTimeout("t", 1)]
print([str(x) for x in errors], sum(1 for x in errors if isinstance(x, NetworkError)))
raise ConfigError("timeout", "must be positive")
