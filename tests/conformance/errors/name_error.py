# an undefined name ends the program with NameError
def total(items):
    return sum(items) + sales_tax_rate
print("computing")
print(total([1, 2, 3]))
