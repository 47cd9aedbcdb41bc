# A traceback through methods, __init__ and a property.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return 100 / self.balance
    def report(self):
        return f"ratio={self.ratio}"
acc = Account(0)
print(acc.report())
