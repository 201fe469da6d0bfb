# a bank account class with validation and history
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        earned = round(self._balance * self.interest, 2)
        self._balance += earned
        self.history.append(("interest", earned))
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
class Savings(Account):
    interest = 0.05
acct = Savings("ann", 100)
acct.deposit(50)
acct.withdraw(30)
acct.add_interest()
for op in [lambda: acct.withdraw(1000), lambda: acct.deposit(-5)]:
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.needed, e.available)
    except ValueError as e:
        print("ValueError:", e)
print(acct, acct.balance, acct.history)
