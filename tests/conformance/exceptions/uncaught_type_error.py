# uncaught TypeError: int + str
count = 3
label = "items"
print(str(count) + " " + label)
print(count + label)
