# Rich comparisons: __eq__/__ne__ defaults, reflection, sorting with __lt__, chained comparisons.
class Card:
    order = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __repr__(self):
        return self.r
    def __eq__(self, o):
        return isinstance(o, Card) and self.r == o.r
    def __lt__(self, o):
        return Card.order.index(self.r) < Card.order.index(o.r)
    def __hash__(self):
        return hash(Card.order.index(self.r))
cards = [Card(c) for c in "K3A9T2"]
print(sorted(cards), max(cards), min(cards))
print(Card("A") == Card("A"), Card("A") != Card("A"), Card("A") != Card("K"), Card("A") == "A")
print(Card("2") < Card("3") < Card("4"), Card("K") > Card("Q"), Card("A") in cards, cards.index(Card("9")))
try:
    Card("A") <= Card("K")
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 3, 3 == AlwaysEq(), AlwaysEq() != 3, [1, AlwaysEq()] == [1, 2])
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], "abc" < "abd", (1, "a") == (1, "a"))
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
