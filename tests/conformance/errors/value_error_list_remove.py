# removing a missing element from a list
queue = ["a", "b"]
queue.remove("a")
print(queue)
queue.remove("z")
