# conditional expressions, nested and inside other expressions
def sign(n):
    return "negative" if n < 0 else "zero" if n == 0 else "positive"

for n in [-3, 0, 4]:
    print(n, sign(n))

scores = [95, 82, 71, 64, 50]
for s in scores:
    grade = "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "D" if s >= 60 else "F"
    print(s, grade)

xs = [1, 2, 3, 4, 5, 6]
labels = ["even" if x % 2 == 0 else "odd" for x in xs]
print(labels)
total = sum([x if x > 3 else 0 for x in xs])
print("total over 3:", total)
word = "items"
n = 1
print(f"{n} {word if n != 1 else word[:-1]}")
n = 3
print(f"{n} {word if n != 1 else word[:-1]}")
val = None
print((val if val else "missing") + "!")
print(10 + (5 if n > 2 else -5))
