# A shape hierarchy with area()/perimeter(), an abstract base raising NotImplementedError,
# ordering by area through __lt__, sorting, grouping by type and formatted float output.
PI = 3.141592653589793

class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ".perimeter")

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.3f})"

class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r ** 2

    def perimeter(self):
        return 2 * PI * self.r

class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

    def perimeter(self):
        return sum(self.sides)

shapes = [Rectangle(3, 4), Circle(1), Square(2.5), Triangle(3, 4, 5), Circle(0.5), Square(1)]
for s in sorted(shapes):
    print(f"{type(s).__name__:<9} area {s.area():8.3f}  perimeter {s.perimeter():7.3f}")
print(sorted(shapes, reverse=True)[:2], max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(f"total area {sum(s.area() for s in shapes):.4f}", Square(2) < Circle(1), Circle(1) > Square(2))
groups = {}
for s in shapes:
    groups.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(groups, [type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError", e)
