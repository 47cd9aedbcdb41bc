# Exceptions inside loops and comprehensions: continue after errors, errors in comprehension bodies.
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError as e:
        results.append(f"bad:{v}")
        continue
    except TypeError:
        results.append("none")
        continue
    finally:
        results.append("|")
print(results)
try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print("in comprehension:", e)
total = 0
i = 0
while True:
    try:
        total += [5, 6, 7][i]
        i += 1
    except IndexError:
        break
print(total, i)
