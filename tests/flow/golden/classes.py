# A class body runs with its namespace; a method using super() gets the __class__ cell.
class Point(Base):
    dims = 2

    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.y = y
