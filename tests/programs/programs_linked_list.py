# A small program: a singly linked list class with iteration, reversal, insertion, removal and repr.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
l = LinkedList(range(1, 8))
print(l, len(l))
l.reverse()
print(l)
print(l.remove(4), l.remove(42), l.remove(7), l, len(l))
big = LinkedList(range(5000))
big.reverse()
print(sum(big), next(iter(big)), len(big))
