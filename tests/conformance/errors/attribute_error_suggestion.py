# a misspelt attribute: the traceback suggests the closest attribute name
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
        return self
acct = Account("ann").deposit(5)
try:
    acct.depositt(1)
except AttributeError as e:
    print("caught:", e, "| name:", e.name)
print(acct.balance)
print(acct.balanse)
