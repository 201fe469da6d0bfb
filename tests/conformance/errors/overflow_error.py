# float overflow from int conversion
big = 10 ** 400
print(len(str(big)))
print(float(big))
