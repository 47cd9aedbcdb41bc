# A traceback through three levels of function calls, each frame with its line and carets.
def parse(s):
    return int(s)
def load(items):
    return [parse(i) for i in items]
def main():
    values = load(["1", "2", "three"])
    return sum(values)
print("loading")
main()
