# Zero-argument super() reads self and the __class__ cell from the frame, even where the
# function's code no longer uses them: allocations before it must not clear them.
class Root:
    def hello(self):
        return ["Root"]
    def total(self, n):
        return n
class A(Root):
    def hello(self):
        return ["A"] + super().hello()
class B(A):
    def hello(self):
        acc = []
        for i in range(3):
            acc.append([i] * 2)
        return acc + ["B"] + super().hello()
    def total(self, n):
        parts = [str(k) for k in range(n)]
        return len(parts) + super().total(n)
print(A().hello())
print(B().hello())
print(B().total(5))
