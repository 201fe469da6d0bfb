# calling something that is not callable
handlers = {"x": 5}
print("calling handler")
handlers["x"]()
