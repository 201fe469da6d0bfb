# a vending machine with coin handling, change making and error states
class VendingError(Exception):
    pass

class Machine:
    COINS = (200, 100, 50, 20, 10, 5)

    def __init__(self, stock, float_coins):
        self.stock = stock
        self.coins = dict(float_coins)
        self.inserted = []

    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError(f"rejected coin {coin}")
        self.inserted.append(coin)
        return sum(self.inserted)

    def make_change(self, amount):
        change, available = [], dict(self.coins)
        for c in self.COINS:
            while amount >= c and available.get(c, 0) > 0:
                amount -= c
                available[c] -= 1
                change.append(c)
        if amount:
            raise VendingError("cannot make exact change")
        return change, available

    def select(self, code):
        if code not in self.stock:
            raise VendingError(f"unknown selection {code}")
        name, price, qty = self.stock[code]
        if qty == 0:
            raise VendingError(f"{name} sold out")
        paid = sum(self.inserted)
        if paid < price:
            raise VendingError(f"{name} costs {price}, inserted {paid}")
        for c in self.inserted:
            self.coins[c] = self.coins.get(c, 0) + 1
        try:
            change, self.coins = self.make_change(paid - price)
        except VendingError:
            for c in self.inserted:
                self.coins[c] -= 1
            raise
        self.stock[code] = (name, price, qty - 1)
        self.inserted = []
        return name, change

    def refund(self):
        coins, self.inserted = self.inserted, []
        return coins

m = Machine({"A1": ("cola", 120, 2), "A2": ("chips", 65, 1), "B1": ("gum", 35, 0)}, {50: 1, 20: 2, 10: 1, 5: 0})
script = [("insert", 100), ("insert", 50), ("select", "A1"), ("insert", 3), ("insert", 200), ("select", "A2"),
          ("refund", None), ("insert", 100), ("select", "A2"), ("select", "B1"), ("insert", 20), ("insert", 100),
          ("select", "A1"), ("select", "C9"), ("refund", None)]
for action, arg in script:
    try:
        if action == "insert":
            print(f"insert {arg:>3} -> credit {m.insert(arg)}")
        elif action == "select":
            name, change = m.select(arg)
            print(f"select {arg} -> {name}, change {change}")
        else:
            print(f"refund -> {m.refund()}")
    except VendingError as e:
        print(f"{action} {arg} -> error: {e}")
print(m.stock)
print(dict(sorted(m.coins.items())))
