# match: patterns test the subject; names are bound only after the whole pattern matches.
def f(command):
    match command:
        case ["go", direction] | ("walk", direction):
            return direction
        case {"action": str(a), **rest} if a:
            return a, rest
        case Point(x=0, y=yy):
            return yy
        case _:
            return None
