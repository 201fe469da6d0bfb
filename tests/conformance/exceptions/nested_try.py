# nested try blocks; inner handler misses, outer catches
def inner(kind):
    try:
        if kind == "key":
            raise KeyError("k")
        if kind == "value":
            raise ValueError("v")
        return "fine"
    except KeyError as e:
        return "inner handled " + repr(e)

def outer(kind):
    try:
        return inner(kind)
    except ValueError as e:
        return "outer handled " + str(e)

for kind in ["none", "key", "value"]:
    print(kind, "->", outer(kind))

results = []
for i in range(4):
    try:
        try:
            if i % 2 == 0:
                raise IndexError("even " + str(i))
            results.append(i)
        except IndexError as e:
            results.append("caught " + str(e))
            if i == 2:
                raise ValueError("re-raised as value error")
    except ValueError as e:
        results.append("outer: " + str(e))
print(results)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("handling", e)
        {}["missing"]
except KeyError as e:
    print("second error", repr(e))
