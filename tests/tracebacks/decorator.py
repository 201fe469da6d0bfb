def deco(f):
    raise RuntimeError("no")
@deco
def g():
    pass
