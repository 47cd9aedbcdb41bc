def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"

for who in ["world", "Weft"]:
    print(greet(who))
