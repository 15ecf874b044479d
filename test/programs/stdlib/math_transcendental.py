# math: exp, logs, trigonometry and powers, printed in full (pygil rounds them correctly, as glibc does).
import math

for x in [0.0, 1.0, -1.0, 0.5, 2.0, 10.0, -20.5, 100.0, 700.0, -740.0, 1e-10]:
    print(repr(x), math.exp(x), math.exp2(x))
for x in [1.0, 2.0, 10.0, 0.5, 1e-300, 123.456, 1e300, 7, 10 ** 400]:
    print(repr(x)[:20], math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2 ** 1000, 2), math.log(81, 3), math.log(10, 0.5))
print(math.log10(1000), math.log10(10 ** 22), math.log2(1024), math.log2(2 ** -1074 * 1.0), math.log(math.e))
for x in [0.0, 1.0, -1.0, 0.5, 2.0, 3.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi, 100.0, 1e6, 1e22]:
    print(repr(x), math.sin(x), math.cos(x), math.tan(x))
for x in [0.0, 0.5, -0.5, 1.0, -1.0, 0.9, 1e-5]:
    print(repr(x), math.asin(x), math.acos(x), math.atan(x))
print(math.atan(1e10), math.atan(-3.5), math.atan(math.inf), math.atan(1e308))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -1), (-0.0, -1), (0.0, 0.0), (-0.0, -0.0), (math.inf, -math.inf), (3, 4), (-2, 0), (1e-300, -1e300)]:
    print(y, x, math.atan2(y, x))
for x, y in [(2, 10), (2, 0.5), (10, -2), (-2, 3), (-8, 2), (0, 0), (1, math.inf), (math.nan, 0), (0.5, math.inf), (2, -math.inf), (-math.inf, 3), (1.0001, 10000)]:
    print(x, y, math.pow(x, y))
print(math.sqrt(2), math.sqrt(1e-300), math.sqrt(16), math.sqrt(math.inf), math.sqrt(-0.0), math.sqrt(10 ** 100))
print(math.sinh(0.0), math.cosh(0.0), math.tanh(0.5), math.tanh(100), math.asinh(0.0), math.acosh(1), math.atanh(0.0))
print(math.expm1(1e-10), math.log1p(1e-10), math.expm1(0), math.log1p(0))
