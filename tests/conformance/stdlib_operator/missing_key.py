# itemgetter on a record without the field raises the dict's KeyError.
from operator import itemgetter

rows = [{"id": 1, "score": 5}, {"id": 2}]
print(sorted(rows[:1], key=itemgetter("score")))
print(sorted(rows, key=itemgetter("score")))
