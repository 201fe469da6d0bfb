# one error is handled, a later one escapes; finally output still appears
def risky(x):
    return 100 // x

for x in [5, 0]:
    try:
        print("result", risky(x))
    except ZeroDivisionError as e:
        print("handled:", e)
try:
    print([1, 2, 3][5])
finally:
    print("cleanup before exit")
