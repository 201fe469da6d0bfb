# LEGB scope resolution
x = "global"
def show():
    return x
def shadow():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(show(), shadow(), enclosing(), x)
len_ = len
def uses_builtin():
    return len_("abc"), len([1])
print(uses_builtin())
def comprehension_scope():
    y = 10
    return [y + i for i in range(3)]
print(comprehension_scope())
for i in range(3):
    pass
print("loop var after loop:", i)
def cond(flag):
    if flag:
        val = "set"
    return val if flag else "unset"
print(cond(True), cond(False))
