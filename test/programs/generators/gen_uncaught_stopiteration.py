# PEP 479: a StopIteration escaping a generator body becomes a RuntimeError; uncaught, the
# traceback shows both exceptions, joined by "The above exception was the direct cause".
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))


print(list(first_items([[1, 2], "xy"])))
for item in first_items([[3], (), [4]]):
    print("item", item)
