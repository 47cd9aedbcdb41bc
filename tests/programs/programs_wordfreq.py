# A small program: word frequencies of a text, sorted by count then alphabetically, with a bar chart.
text = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
it was the season of Darkness, it was the spring of hope, it was the winter of despair."""
counts = {}
for raw in text.split():
    w = raw.strip(".,").lower()
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:8]:
    print(f"{w:>12} {c:2d} {'*' * c}")
print(len(counts), sum(counts.values()), max(counts, key=lambda k: (len(k), k)))
