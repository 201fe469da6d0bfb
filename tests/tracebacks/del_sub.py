d = {}
del d["zz"]
