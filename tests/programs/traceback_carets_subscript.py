# Carets under a failing subscript in a chain of subscripts.
config = {"db": {"host": "localhost", "ports": [5432]}}
print(config["db"]["ports"][0])
port = config["db"]["ports"][3]
