# Heavy allocation with collections in between: data built before stays intact (checksums).
import gc
keep = {}
for round_ in range(30):
    tmp = [str(i) * 3 for i in range(60)]
    keep[round_] = (tmp[round_], [round_] * round_, {"r": round_})
    if round_ % 7 == 0:
        gc.collect()
total = 0
for k, (s, l, d) in keep.items():
    total += len(s) + sum(l) + d["r"]
print(total)
print(keep[29][0], len(keep[10][1]), keep[5][2])
