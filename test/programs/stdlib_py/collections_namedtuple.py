from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
q = Point(x=3, y=4)
r = Point(5, y=6)
print(p, q, r)
print(p.x, p.y, p[0], p[1], p[-1], len(p))
print(p == (1, 2), (1, 2) == p, p == Point(1, 2), p != q)
x, y = q
print(x, y, list(r), tuple(r), sum(p))
print(Point._fields, p._asdict())
print(p._replace(y=20), p)
print(Point._make([7, 8]))
print(p[:1], 2 in p, hash(p) == hash((1, 2)))

Color = namedtuple('Color', 'red green blue')
c = Color(255, 128, 0)
print(c, c.green)
Emp = namedtuple('Emp', 'name, dept, salary', defaults=[1000])
staff = [Emp('ann', 'eng', 5000), Emp('bob', 'ops'), Emp('cy', 'eng', 4000)]
print(staff[1])
print(sorted(staff, key=lambda e: e.salary))
print(max(staff, key=lambda e: e.salary).name)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError')
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], d.get((0, 0)))
