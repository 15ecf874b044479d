# Default parameter values, keyword arguments, and the errors for bad calls.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Hey"))


def power(base, exp=2):
    return base ** exp


print(power(3), power(2, 10), power(exp=3, base=4))
counter = 10


def default_evaluated_once(x=counter):
    return x


counter = 20
print(default_evaluated_once())


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2))


def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe_append(1), safe_append(2))
for call in [lambda: greet(), lambda: greet("a", "b", "c", "d"), lambda: greet("a", name="b"),
             lambda: greet("a", colour="red")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
