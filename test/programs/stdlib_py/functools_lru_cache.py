from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())

@lru_cache
def square(x):
    return x * x

print(square(3), square(3), square(4))
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
hits, misses, maxsize, currsize = info
print(hits + misses, info == (1, 2, 128, 2))
square.cache_clear()
print(square.cache_info())

calls = []

@lru_cache(maxsize=2)
def slow(x, y=0):
    calls.append((x, y))
    return x + y

for args in [(1,), (2,), (1,), (3,), (2,), (1,)]:
    slow(*args)
print(calls)
print(slow.cache_info())
print(slow(1, y=5), slow(1, y=5))
print(slow.cache_info())

@cache
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)

print(tri(50), tri.cache_info().misses)

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1); nocache(1)
print(nocache.cache_info())
