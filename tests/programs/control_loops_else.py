# for/while with else, break, continue, nested loops and loop variables after the loop.
for i in range(5):
    if i == 3:
        break
else:
    print("not reached")
print("broke at", i)
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("not reached")
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == 42:
            found = (a, b)
            break
    if found:
        break
print(found)
for x in []:
    print("empty")
else:
    print("empty for-else")
