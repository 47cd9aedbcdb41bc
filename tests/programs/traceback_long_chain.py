# A chain of four exceptions, each raised while handling the previous one.
try:
    raise ValueError("one")
except ValueError:
    try:
        raise KeyError("two")
    except KeyError:
        try:
            raise IndexError("three")
        except IndexError:
            raise TypeError("four")
