# isinstance and issubclass with user classes, tuples (also nested), object and built-in
# types mixed into the tuples, type() identity, and the TypeErrors for bad arguments.
class Shape: pass
class Polygon(Shape): pass
class Square(Polygon): pass
class Circle(Shape): pass
class Unrelated: pass


sq, ci, un = Square(), Circle(), Unrelated()
print(isinstance(sq, Square), isinstance(sq, Polygon), isinstance(sq, Shape))
print(isinstance(ci, Polygon), isinstance(un, Shape), isinstance(sq, object))
print(isinstance(sq, (Circle, Polygon)), isinstance(ci, (Square, Unrelated)))
print(isinstance(sq, (Circle, (Unrelated, Square))), isinstance(sq, ()))
print(isinstance(5, (Shape, int)), isinstance("s", (Shape, int)), isinstance(sq, (int, str)))
print(isinstance(True, (Shape, int)), isinstance(None, (Shape, type(None))))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, Square))
print(issubclass(Square, (Circle, Shape)), issubclass(Circle, (Polygon, Unrelated)))
print(issubclass(Square, object), issubclass(bool, (Shape, int)), issubclass(int, Shape))
print(isinstance(Square, type), isinstance(sq, type), issubclass(type, object))
print(type(sq) is Square, type(sq) is Polygon, type(sq) == Square, type(Square).__name__)
print(type(sq).__name__, sq.__class__.__name__, sq.__class__ is Square)

things = [sq, ci, un, 3, "x", Polygon(), 2.5, Square()]
print([type(t).__name__ for t in things if isinstance(t, Shape)])
print([type(t).__name__ for t in things if isinstance(t, (Polygon, int, float))])
print([type(t).__name__ for t in things if not isinstance(t, (Shape, str))])
print(sum(1 for t in things if isinstance(t, object)))
classes = [Shape, Polygon, Square, Circle, Unrelated, int, bool]
print([c.__name__ for c in classes if issubclass(c, (Polygon, int))])
for a in (Shape, Square, Circle):
    print(a.__name__, [b.__name__ for b in classes if issubclass(a, b)])

try:
    issubclass(ci, Shape)
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(ci, "Shape")
except TypeError as e:
    print("TypeError", e)
print(issubclass(Square, (Shape, 3)), isinstance(sq, (Square, "not checked")))
try:
    issubclass(Circle, (Polygon, 3))
except TypeError as e:
    print("TypeError", e)
