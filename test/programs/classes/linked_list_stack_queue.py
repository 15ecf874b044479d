# A singly linked list with __iter__ (a generator), __len__, __repr__ and membership through
# iteration; a list-backed Stack and a Queue built on the linked list, used by small tasks.
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next

class LinkedList:
    def __init__(self, values=()):
        self.head = self.tail = None
        self.size = 0
        for v in values:
            self.append(v)
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self.size += 1
    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node, self.head = self.head, self.head.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self): return self.size
    def __repr__(self): return " -> ".join(repr(v) for v in self) or "(empty)"

class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self): return self.items.pop()
    def __len__(self): return len(self.items)

class Queue(LinkedList):
    enqueue = LinkedList.append
    dequeue = LinkedList.pop_front

def balanced(text):
    pairs, st = {")": "(", "]": "[", "}": "{"}, Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs and (not st or st.pop() != pairs[ch]):
            return False
    return len(st) == 0

ll = LinkedList([0, 3, 1, 4])
ll.append(5)
print(ll, len(ll), 4 in ll, 9 in ll, list(ll), sum(ll), sorted(ll, reverse=True))
print(ll.head.value, ll.tail.value, [v * 2 for v in ll], LinkedList(), bool(LinkedList()))
print([balanced(t) for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"]])
q = Queue("abcde")
out = []
while q:
    q.enqueue(q.dequeue())
    out.append(q.dequeue())
print(out, q, len(q), isinstance(q, LinkedList))
try:
    q.dequeue()
except IndexError as e:
    print("IndexError", e)
