# inf and nan from float(), their arithmetic, comparisons and repr.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(float("-inf"), float("Infinity"), float("NaN"), float("-nan"))
print(inf + 1, inf * -2, inf - inf, inf * 0)
print(inf > 10 ** 300, -inf < -(10 ** 300), inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf)
print(inf / inf, nan + 1)
print(str(inf), repr(nan))
print(max(1.0, inf), min(-inf, 0))
print(1e308 * 10, -1e308 * 10)
print(inf is inf, [nan] == [nan])
x = nan
print(x == x, x != x)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(round(2.5), round(3.5), round(-2.5))
