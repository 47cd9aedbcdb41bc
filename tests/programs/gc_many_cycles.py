# Thousands of small cycles become garbage and are all finalized by one gc.collect().
import gc
count = 0
class C:
    def __del__(self):
        global count
        count += 1
for i in range(5000):
    a = C()
    b = C()
    a.partner = b
    b.partner = a
    a.data = [i] * 10
del a, b
gc.collect()
print(count)
