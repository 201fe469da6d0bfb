# uncaught IndexError from a list index
queue = ["a", "b"]
while True:
    item = queue.pop(0)
    print("processing", item)
    if item == "b":
        print("peek next:", queue[0])
