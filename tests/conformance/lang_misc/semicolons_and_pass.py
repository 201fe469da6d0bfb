# one-liners, semicolons, pass, ellipsis, docstrings
x = 1; y = 2; z = x + y
print(x, y, z)
if z > 2: print("single-line if")
for i in range(2): print("single-line for", i)
def stub(): pass
class Empty: pass
def todo():
    """Docstring only."""
    ...
print(stub(), todo(), Ellipsis, ..., type(...).__name__)
while False: pass
print(Empty.__name__, todo.__doc__)
