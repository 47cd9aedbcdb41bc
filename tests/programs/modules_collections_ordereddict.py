# collections.OrderedDict: move_to_end, popitem(last=...), order-sensitive equality, repr.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("k", 1), ("j", 2)])
y = OrderedDict([("j", 2), ("k", 1)])
print(x == y, dict(x) == dict(y), x == {"j": 2, "k": 1}, OrderedDict(), OrderedDict(a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
