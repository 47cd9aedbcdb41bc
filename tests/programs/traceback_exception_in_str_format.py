# An error inside an f-string expression and a str.format call.
def describe(item):
    return f"{item['name']}: {item['price']:.2f}"
print(describe({"name": "tea", "price": 2.5}))
print(describe({"name": "cake"}))
