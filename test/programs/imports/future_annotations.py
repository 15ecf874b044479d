# from __future__ import annotations: the module exists at run time, and annotations that name a class before it is complete are never evaluated.
from __future__ import annotations
import __future__


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def push(self, value: int) -> Node:
        return Node(value, self)


def total(n: Node | None) -> int:
    s = 0
    while n is not None:
        s += n.value
        n = n.next
    return s


print(total(Node(1).push(2).push(3)), __future__.annotations.getMandatoryRelease(), __future__.division)
