# Carets for an AttributeError on a call result inside an expression.
class Box:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
b = Box(None)
length = len(b.get().strip()) + 1
