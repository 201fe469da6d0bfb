# bank accounts with transfers, overdraft rules and an audit trail
class TransactionError(Exception):
    pass

class InsufficientFunds(TransactionError):
    pass

class AccountFrozen(TransactionError):
    pass

class Account:
    def __init__(self, number, owner, balance=0, overdraft=0):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = []

    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")

    def deposit(self, amount, memo="deposit"):
        self._check(amount)
        self.balance += amount
        self.history.append((memo, amount, self.balance))

    def withdraw(self, amount, memo="withdraw"):
        self._check(amount)
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(f"{self.owner} cannot withdraw {amount} (balance {self.balance}, overdraft {self.overdraft})")
        self.balance -= amount
        self.history.append((memo, -amount, self.balance))

    def __repr__(self):
        return f"<{self.number} {self.owner}: {self.balance}>"

class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = []

    def open(self, owner, balance=0, overdraft=0):
        number = f"AC{len(self.accounts) + 1:03d}"
        self.accounts[number] = Account(number, owner, balance, overdraft)
        return number

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount, memo=f"to {dst}")
            try:
                b.deposit(amount, memo=f"from {src}")
            except TransactionError:
                a.deposit(amount, memo="refund")
                raise
        except (TransactionError, ValueError) as e:
            self.failed.append((src, dst, amount, type(e).__name__, str(e)))
            return False
        return True

    def total(self):
        return sum(acc.balance for acc in self.accounts.values())

bank = Bank()
ann = bank.open("ann", 100)
bob = bank.open("bob", 20, overdraft=50)
cat = bank.open("cat")
print(bank.transfer(ann, bob, 30), bank.transfer(bob, cat, 90), bank.transfer(bob, cat, 10))
bank.accounts[cat].frozen = True
print(bank.transfer(ann, cat, 5), bank.transfer(ann, bob, -5), bank.transfer(ann, bob, 70))
print(list(bank.accounts.values()), bank.total())
for f in bank.failed:
    print("failed:", f)
for number, acc in bank.accounts.items():
    print(number, acc.history)
