# A small program: a seeded bank-queue simulation with collections.deque and random.
import random
from collections import deque
random.seed(2024)
queue = deque()
served = waited = 0
clock = 0
busy_until = 0
for minute in range(200):
    if random.random() < 0.3:
        queue.append(minute)
    if minute >= busy_until and queue:
        arrived = queue.popleft()
        waited += minute - arrived
        served += 1
        busy_until = minute + random.randint(1, 5)
print(served, waited, len(queue), round(waited / served, 3))
