# math: constants, rounding to ints (big ones too), float classification and splitting.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.pi == 3.141592653589793, math.tau == 2 * math.pi)
for x in [2.5, -2.5, 0.5, -0.5, 3.0, -0.0, 1e20, -1e20, 2.0 ** 70 + 0.5, True, 7, -(10 ** 30)]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(2 ** 100 + 0.0) == 2 ** 100, math.ceil(1e300) == int(1e300))
for x in [-3.5, 3, -0.0, math.inf]:
    print(repr(math.fabs(x)))
for x in [0.0, 1.5, -math.inf, math.nan, 10 ** 300, False]:
    print(repr(x), math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -2))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2), math.fmod(5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(2.5, 1), math.remainder(3.5, 1))
for x in [2.75, -2.75, -2.0, 0.0, 1e300, math.inf, -math.inf]:
    print(repr(x), math.modf(x))
for x in [1.0, 8.0, 0.375, -5.5, 1e-310, 0.0, math.inf]:
    m, e = math.frexp(x)
    print(repr(x), m, e, math.ldexp(m, e) == x)
print(math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(0.75, 1024), math.ldexp(-1.5, 10 ** 30 * 0 + 3))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(45), math.radians(-90.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1.0000000001), math.isclose(-math.inf, math.inf, abs_tol=math.inf))
