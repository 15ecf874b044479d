# Error cases around classes, each caught and printed as "TypeName message": missing
# attributes, bad __init__/method arguments, unbound methods, unsupported operations.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


class A:
    pass


class Oops:
    def no_self():
        return "never"

    def __init__(self, value=None):
        if value is not None:
            return value


p = Point(1, 2)
cases = [
    lambda: p.z,
    lambda: Point.z,
    lambda: A().missing_method(),
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, y=2, w=3),
    lambda: Point(1, x=2),
    lambda: Point.norm(),
    lambda: p.norm(5),
    lambda: Point.norm(A()),
    lambda: Oops().no_self(),
    lambda: Oops(5),
    lambda: A(1),
    lambda: A() < A(),
    lambda: A() >= A(),
    lambda: sorted([A(), A()]),
    lambda: A() > 3,
    lambda: A() + 1,
    lambda: 2 * A(),
    lambda: -A(),
    lambda: A()(),
    lambda: len(A()),
    lambda: A()[0],
    lambda: iter(A()),
    lambda: [x for x in p],
    lambda: 3 in p,
    lambda: Point.norm.no_attr,
    lambda: setattr(p, "x", 9) or p.norm() + "!",
    lambda: object().attr,
]
for i, case in enumerate(cases):
    try:
        print(i, "no error:", case())
    except (AttributeError, TypeError) as e:
        print(i, type(e).__name__, e)
print(p.x, p == Point(9, 2), p != p, A() == A())
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError", e)
