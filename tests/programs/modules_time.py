# time module: time(), perf_counter(), process_time() and sleep(); only deterministic facts are printed.
import time
t0 = time.time()
p0 = time.perf_counter()
c0 = time.process_time()
time.sleep(0.02)
t1 = time.time()
p1 = time.perf_counter()
c1 = time.process_time()
print(type(t0).__name__, type(p0).__name__, type(c0).__name__, t0 > 1.6e9)
print(t1 >= t0, p1 - p0 >= 0.015, c1 >= c0, p1 - p0 < 5)
time.sleep(0)
print(time.monotonic() <= time.monotonic(), type(time.time_ns()).__name__)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
