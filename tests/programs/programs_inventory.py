# A small program: an inventory report with dicts, sorting, grouping and formatted output.
items = [
    {"sku": "A-1", "name": "bolt", "cat": "hardware", "qty": 120, "price": 0.15},
    {"sku": "B-7", "name": "hammer", "cat": "tools", "qty": 8, "price": 12.5},
    {"sku": "A-9", "name": "nut", "cat": "hardware", "qty": 300, "price": 0.05},
    {"sku": "C-2", "name": "glue", "cat": "supplies", "qty": 0, "price": 3.99},
    {"sku": "B-3", "name": "saw", "cat": "tools", "qty": 3, "price": 24.0},
]
by_cat = {}
for it in items:
    by_cat.setdefault(it["cat"], []).append(it)
for cat in sorted(by_cat):
    group = sorted(by_cat[cat], key=lambda i: i["qty"] * i["price"], reverse=True)
    value = sum(i["qty"] * i["price"] for i in group)
    print(f"{cat.upper():<10} {len(group)} items, value {value:8.2f}")
    for i in group:
        flag = " (out of stock)" if i["qty"] == 0 else ""
        print(f"  {i['sku']:<4} {i['name']:<7} {i['qty']:>4} x {i['price']:>6.2f}{flag}")
low = [i["name"] for i in items if i["qty"] < 10]
print("reorder:", ", ".join(low), "| total units:", sum(i["qty"] for i in items))
