# Decorators without and with arguments, stacking order, decorators that keep state, that
# replace a function with something else, and decorated methods.
call_log = []


def logged(func):
    def wrapper(*args, **kwargs):
        call_log.append(f"{func.__name__}{args}{sorted(kwargs.items())}")
        return func(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


def tag(name):
    def decorate(func):
        def wrapper(*args):
            return f"<{name}>{func(*args)}</{name}>"
        return wrapper
    return decorate


@logged
def add(a, b=0):
    return a + b


print(add(2, 3), add(4, b=6), add(1))
print(call_log)


@repeat(3)
def shout(word):
    return word.upper()


print(shout("hey"))


@tag("b")
@tag("i")
def greet(name):
    return "hi " + name


print(greet("ann"))


def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper


@counted
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(6), fact.calls)

registry = {}


def register(key):
    def decorate(func):
        registry[key] = func
        return func
    return decorate


@register("double")
def double(x):
    return 2 * x


@register("neg")
def negate(x):
    return -x


print(sorted(registry), [registry[k](7) for k in sorted(registry)], double(5))


def to_constant(func):
    return func.__name__.upper()


@to_constant
def become_string():
    pass


print(become_string, type(become_string).__name__)


def validate_positive(func):
    def wrapper(self, value):
        if value < 0:
            raise ValueError(f"{func.__name__}: negative value {value}")
        return func(self, value)
    return wrapper


class Account:
    def __init__(self):
        self.balance = 0

    @validate_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @staticmethod
    @repeat(2)
    def pair(x):
        return x


acct = Account()
print(acct.deposit(10), acct.deposit(5))
try:
    acct.deposit(-3)
except ValueError as err:
    print("ValueError:", err)
print(Account.pair("p"), acct.pair(1))

decorators = [tag("u"), repeat(2)]


@decorators[0]
def underline():
    return "text"


print(underline())


@(lambda f: lambda *a: f(*a) * 2)
def doubled(x):
    return x + 1


print(doubled(4))


def needs_args(prefix):
    def decorate(func):
        return lambda: prefix + func()
    return decorate


try:
    @needs_args
    def oops():
        return "x"
    print(oops())
except TypeError as err:
    print("TypeError:", err)
