# generator-based coroutine pipeline (push style)
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def upper(target):
    while True:
        target.send((yield).upper())
def prime(g):
    next(g)
    return g
sink = prime(printer(">>"))
pipe = prime(grep("py", prime(upper(sink))))
for line in ["python rocks", "java", "pycps is neat", "rust"]:
    pipe.send(line)
pipe.close()
print("pipeline closed")
