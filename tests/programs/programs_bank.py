# A small program: bank accounts with classes, custom exceptions, transfers and a transaction log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot pay {amount}")
        self.account = account
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.log.append(("in", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("out", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
def transfer(a, b, amount):
    try:
        a.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    b.deposit(amount)
    return True
alice, bob = Account("alice", 100), Account("bob")
print(transfer(alice, bob, 30), transfer(bob, alice, 50), transfer(bob, alice, 30))
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice, bob, alice.log, bob.log)
