# An uncaught KeyError prints the key's repr after "KeyError: ".
inventory = {"apples": 3}
print(inventory["apples"])
print(inventory["pears"])
