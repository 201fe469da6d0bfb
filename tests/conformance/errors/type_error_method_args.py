# a method called with the wrong number of arguments
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k):
        self.n += k
        return self.n
c = Counter()
print(c.add(2))
print(c.add())
