# TypeError for unsupported operand types
label = "total: "
amount = 42
print(label + str(amount))
print(label + amount)
