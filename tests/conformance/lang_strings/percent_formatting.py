# printf-style % formatting
name, n, x = "Ada", 42, 3.14159
print("%s is %d years" % (name, n))
print("%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%#o" % (n, n, n, n, 255, 255, 8, 255, 8))
print("%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%G" % (x, x, x, x, x, 1e-10, 1e20))
print("%r %s %a" % ("hi", "hi", "é"))
print("%c%c%c" % (72, 105, 33), "%%", "%5.1f%%" % 99.5)
print("%(name)s has %(count)d items" % {"name": "cart", "count": 3})
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % ("a", "b"), "%d" % 3.99, "%s" % None)
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
