import copy

nested = [1, [2, 3], {'k': [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]['k'].append(5)
print(shallow, deep)
print(shallow[1] is nested[1], deep[1] is nested[1])

shared = [0]
outer = [shared, shared, (shared, 'x')]
dup = copy.deepcopy(outer)
print(dup[0] is dup[1], dup[2][0] is dup[0], dup[0] is shared)

cyc = [1, 2]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[2] is cc, cc[2] is cyc, len(cc))

t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
d = {'a': {1, 2}, 'b': (1, [2])}
d2 = copy.deepcopy(d)
d2['b'][1].append(3)
print(d, d2)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node('root')
leaf = root.add(Node('leaf'))
twin = copy.deepcopy(root)
twin.children[0].name = 'changed'
print(leaf.name, twin.children[0].name, twin.children[0].parent is twin)
sc = copy.copy(root)
print(sc.children is root.children, sc.name, type(sc).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        return Custom(self.v * 10)

print(copy.copy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
print(copy.deepcopy(len) is len, copy.copy(5))
