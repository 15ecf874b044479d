# *args and **kwargs: collecting, forwarding, and combining with regular parameters.
def collect(*args):
    return args


def keywords(**kwargs):
    return kwargs


def mixed(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)


print(collect(), collect(1), collect(1, "two", [3]))
print(keywords(), keywords(x=1, y=2))
print(mixed(1, c=3))
print(mixed(1, 20, 30, 40, c=3, e=5, d=6))


def total(*nums, start=0):
    result = start
    for n in nums:
        result += n
    return result


print(total(1, 2, 3), total(1, 2, start=100), total(*range(5)))


def forward(*args, **kwargs):
    return mixed(*args, **kwargs)


print(forward(9, 8, 7, c="c", z="z"))


def kw_only(*, key, reverse=False):
    return key, reverse


print(kw_only(key="k"), kw_only(reverse=True, key=0))
try:
    kw_only("positional")
except TypeError as e:
    print("TypeError:", e)
try:
    mixed(1)
except TypeError as e:
    print("TypeError:", e)
opts = {"sep": "-", "end": "|\n"}
print("a", "b", **opts)
