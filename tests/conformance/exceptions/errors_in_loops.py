# continue and break from inside except/finally
data = ["4", "x", "10", "", "-3", "7.5", "8"]
parsed = []
skipped = 0
for item in data:
    try:
        parsed.append(int(item))
    except ValueError as e:
        skipped += 1
        print("skip", repr(item), "-", e)
        continue
    print("parsed", item)
print(parsed, skipped)
ratios = []
for d in [2, 1, 0, 4]:
    try:
        ratios.append(8 // d)
    except ZeroDivisionError as e:
        print("stopping:", e)
        break
    finally:
        print("checked", d)
print(ratios)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("attempt " + str(attempts) + " failed")
        print("succeeded on attempt", attempts)
        break
    except RuntimeError as e:
        print(e)
