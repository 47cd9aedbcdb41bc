# collections.defaultdict: factories list/int/lambda, missing keys, repr, default_factory None.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["q"], "q" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print(nested["a"]["x"], dict(nested["a"]), isinstance(nested, dict))
plain = defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain, plain.default_factory, counts.default_factory, groups.get("missing"))
