# Implicit chaining: an error raised inside an except block. Uncaught, the traceback shows
# "During handling of the above exception, another exception occurred:".
prices = {"apple": 3, "pear": 4}


def price_of(item):
    try:
        return prices[item]
    except KeyError:
        fallback = prices["default"]
        return fallback


print(price_of("apple"))
print(price_of("kiwi"))
