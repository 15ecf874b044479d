# @staticmethod and @classmethod (alternative constructors, cls is the subclass when called
# through it), class-level counters, and a class with __slots__ used like any other.
class Date:
    created = 0
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def first_of(cls, y, m):
        return cls(y, m, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def pad(n, width=2):
        return str(n).rjust(width, "0")

    def days_in_month(self):
        if self.m == 2:
            return 29 if self.is_leap(self.y) else 28
        return 30 if self.m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.pad(self.y, 4)}-{self.pad(self.m)}-{self.pad(self.d)})"


class EuroDate(Date):
    def __repr__(self):
        return f"{self.d} {self.months[self.m - 1]} {self.y}"


class Point3:
    __slots__ = ("x", "y", "z")
    count = 0

    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z
        type(self).count += 1

    def total(self):
        return self.x + self.y + self.z


a = Date.from_string("2024-02-07")
b = EuroDate.from_string("1999-12-31")
c = EuroDate.first_of(2023, 2)
print(a, b, c, type(b).__name__, Date.created, EuroDate.created)
print([d.days_in_month() for d in (a, b, c)], Date.is_leap(1900), a.is_leap(2000))
print(Date.pad(7), b.pad(3, 3), EuroDate.is_leap(2024), Date.first_of(5, 5))
f = Date.from_string
g = a.from_string
print(f("0001-01-01"), g("2000-10-10"), type(g("2000-1-1")).__name__, Date.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["first_of"]).__name__)
pts = [Point3(1, 2), Point3(3, 4, 5)]
pts[0].z = 10
print([p.total() for p in pts], Point3.count, pts[1].x, sorted(Point3.__slots__))
