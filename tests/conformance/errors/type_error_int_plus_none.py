# adding None to an int
def lookup(d, k):
    return d.get(k)
values = {"a": 1}
print(lookup(values, "a") + 1)
print(lookup(values, "b") + 1)
