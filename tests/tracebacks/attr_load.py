class P: pass
p = P()
print(p.x + 1)
