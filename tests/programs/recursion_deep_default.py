# Deep recursion by default: mutual recursion, methods and a recursive linked-list walk, 100,000 levels.
# expected-output: hand-written (expected output written by hand: CPython's recursion limit differs; it stops at 1000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100_000), is_odd(100_001))
class Walker:
    def depth(self, node):
        return 0 if node is None else 1 + self.depth(node[1])
node = None
for i in range(100_000):
    node = (i, node)
print(Walker().depth(node))
def total(node):
    if node is None:
        return 0
    return node[0] + total(node[1])
print(total(node))
