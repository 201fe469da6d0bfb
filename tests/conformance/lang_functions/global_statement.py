# global rebinding from inside functions
total = 0
calls = []
def add(n):
    global total
    total += n
    calls.append(n)
def reset():
    global total, calls
    total = 0
    calls = []
add(5); add(7)
print(total, calls)
reset()
print(total, calls)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def read_only():
    return total + 1
print(read_only())
