# Assigning __name__ to functions and classes, reversed() through __reversed__ and the sequence
# protocol, dict() of an object with keys(), a class's __setattr__ running before its properties.
def f(): pass
f.__name__ = 'g'
print(f.__name__)
class C: pass
C.__name__ = 'D'
print(C.__name__)
class R:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(R())))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(reversed(S())))
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print(dict(M()))
class P:
    @property
    def x(self): return 1
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, 'y', value)
p = P(); p.x = 3; print(p.y)
