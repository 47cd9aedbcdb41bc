# A traceback with many distinct frames (mutual recursion ending in an error).
def ping(n):
    if n == 0:
        return {}["end"]
    return pong(n - 1)
def pong(n):
    return ping(n)
ping(3)
