# if/elif/else chains
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)

print(" ".join([fizzbuzz(i) for i in range(1, 31)]))

def classify(temp):
    if temp < 0:
        kind = "freezing"
    elif temp < 10:
        kind = "cold"
    elif temp < 20:
        kind = "mild"
    elif temp < 30:
        kind = "warm"
    else:
        kind = "hot"
    return kind

for t in [-5, 0, 9.9, 15, 25, 30, 41]:
    print(t, classify(t))
x = 5
if x > 10:
    print("big")
elif x > 3:
    if x % 2:
        print("medium odd")
    else:
        print("medium even")
else:
    print("small")
