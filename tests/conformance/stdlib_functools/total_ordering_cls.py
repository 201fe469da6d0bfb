# functools.total_ordering fills in comparison methods
from functools import total_ordering
@total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)
    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(s) for s in ["Th", "2c", "As", "9d", "Td", "Kh"]]
print(sorted(hand), max(hand), min(hand))
print(Card("Qs") > Card("Js"), Card("2h") >= Card("2s"), Card("3h") <= Card("2h"), Card("Ah") != Card("As"))
print(sorted(hand, reverse=True))
