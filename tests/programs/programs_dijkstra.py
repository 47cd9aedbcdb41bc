# A small program: Dijkstra's shortest paths on a weighted graph, with a hand-written binary heap.
def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0 and heap[(i - 1) // 2] > heap[i]:
        heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
        i = (i - 1) // 2
def pop(heap):
    top = heap[0]
    last = heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(heap) and heap[l] < heap[m]: m = l
            if r < len(heap) and heap[r] < heap[m]: m = r
            if m == i:
                break
            heap[i], heap[m] = heap[m], heap[i]
            i = m
    return top
graph = {}
for i in range(30):
    for j in (i * 7 + 3) % 30, (i * 11 + 5) % 30, (i + 1) % 30:
        if j != i:
            graph.setdefault(i, []).append((j, (i * j) % 17 + 1))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    heap = [(0, src)]
    while heap:
        d, u = pop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                prev[v] = u
                push(heap, (d + w, v))
    return dist, prev
dist, prev = dijkstra(0)
print([dist[i] for i in range(30)])
path, n = [], 29
while n != 0:
    path.append(n)
    n = prev[n]
print([0] + path[::-1])
