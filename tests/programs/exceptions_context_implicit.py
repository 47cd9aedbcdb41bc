# Implicit chaining: an exception raised while handling another gets __context__; nested and in finally.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError("a")
    finally:
        raise TypeError("b")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            raise IndexError(3)
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("after handling")
except KeyError as e:
    print(repr(e), e.__context__)
