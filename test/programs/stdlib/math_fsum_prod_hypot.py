# math: fsum's exact summation, prod (start=), hypot and dist.
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([]), math.fsum(iter([1, 2, 3])), math.fsum([-0.0, -0.0]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 5.0]), math.fsum([2.0 ** 53, 1.0, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -2.0]), math.fsum([math.nan, 1.0]), math.fsum([True, 2, 0.5]))
vals = [0.31, -1e-12, 12345.6789, 3e10, -3e10, 0.07, 1e-9]
print(math.fsum(vals), math.fsum(reversed(vals)), math.fsum(sorted(vals)))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([2.5, 4]), math.prod([3], start=2))
print(math.prod([1, 2], start=1.5), math.prod(['ab', 3]), math.prod([[0], 2]), math.prod((x for x in [7, 11, 13])))
print(math.prod([10 ** 20, 10 ** 20]), math.prod([True, True]), math.prod([], start='unchanged'))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1, 1), math.hypot(1.1, 2.2, 3.3, 4.4))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 2))
print(math.hypot(0.1, 0.2), math.hypot(1e-200, 1e-200), math.hypot(6, 8.0), math.hypot(*range(10)))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((), ()), math.dist(iter([1.5]), (3,)))
print(math.dist((1, 2, 3), (4, 6, 8)), math.dist((0.1,), (-0.2,)))
series = [1 / k ** 2 for k in range(1, 2001)]
print(sum(series), math.fsum(series), math.fsum(series) == math.fsum(series[::-1]))
print(math.fsum([1, 1e-17] * 10), math.fsum([2 ** 60, 1, -2 ** 60]), math.prod(map(float, range(1, 11))))
print(math.hypot(3e300, 4e300), math.hypot(-5, -12), math.dist((1e308, 0), (-1e308, 0)))
