# User exception classes: a small hierarchy, args and str() with zero/one/several arguments,
# a custom __str__, extra attributes, super().__init__ with a formatted message, and
# catching by base class.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"config key {key!r}: {problem}")
        self.key = key
        self.problem = problem


class RetryableError(AppError):
    def __init__(self, attempts):
        self.attempts = attempts

    def __str__(self):
        return f"gave up after {self.attempts} attempts"


class Quiet(AppError):
    def __repr__(self):
        return "Quiet!"


for e in [AppError(), AppError("one"), AppError("two", 2), AppError(None), AppError([1, 2])]:
    print(repr(str(e)), e.args, repr(e))

c = ConfigError("port", "not a number")
print(str(c), c.args, c.key, c.problem, isinstance(c, AppError), isinstance(c, Exception))
r = RetryableError(3)
print(str(r), r.args, r.attempts, repr(r))
q = Quiet("shh")
print(str(q), repr(q), q.args)

settings = {"port": "80a", "host": "", "retries": "5"}


def load(key):
    if key not in settings:
        raise ConfigError(key, "missing")
    value = settings[key]
    if not value:
        raise ConfigError(key, "empty")
    if key in ("port", "retries") and not value.isdigit():
        raise ConfigError(key, "not a number")
    return value


for key in ["port", "host", "retries", "user"]:
    try:
        print(key, "=", load(key))
    except AppError as err:
        print("AppError caught:", err, "| key:", err.key)


def flaky(n):
    for attempt in range(1, n + 1):
        if attempt == n:
            raise RetryableError(attempt)


try:
    flaky(4)
except ConfigError:
    print("wrong handler")
except AppError as err:
    print(type(err).__name__, "->", err)

e = AppError("changed")
e.note = "extra attribute"
print(e.note, vars(e))


class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)


print(WithDefault(), WithDefault("custom"), WithDefault().args)
try:
    raise WithDefault
except WithDefault as err:
    print("raised the class:", err)

try:
    raise AppError("bad", "input")
except AppError as err:
    print(err, err.args[1])

try:
    raise "not an exception"
except TypeError as err:
    print("TypeError:", err)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as err:
    print("TypeError:", err)
