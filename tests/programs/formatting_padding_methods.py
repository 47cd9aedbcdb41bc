# Table-like output built from format specs and str methods (alignment of mixed-width columns).
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.125), ("watermelon", 1, 3.0)]
print(f"{'name':<12}{'qty':>5}{'price':>8}{'total':>9}")
print("-" * 34)
for name, qty, price in rows:
    print(f"{name:<12}{qty:>5d}{price:>8.2f}{qty * price:>9.3f}")
print("=" * 34)
print(f"{'sum':<12}{sum(r[1] for r in rows):>5}{'':>8}{sum(r[1] * r[2] for r in rows):>9.3f}")
print("|".join(s.center(8, ".") for s in ["a", "bb", "ccc"]))
print("\n".join(f"{i:3}: {'#' * i}" for i in range(1, 6)))
