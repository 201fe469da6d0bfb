# a failing assert with a message
def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: {amount} > {balance}"
    return balance - amount
print(withdraw(100, 30))
print(withdraw(100, 300))
