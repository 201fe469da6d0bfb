# ordering comparison between str and int while sorting
scores = [10, 3, "7", 1]
print(len(scores))
print(sorted(scores))
