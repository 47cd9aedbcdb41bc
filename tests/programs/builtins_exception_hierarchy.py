# The built-in exception hierarchy: base classes and MROs of the common exceptions.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception", "StopIteration",
         "ArithmeticError", "ZeroDivisionError", "OverflowError", "AssertionError", "AttributeError", "LookupError",
         "IndexError", "KeyError", "NameError", "UnboundLocalError", "RuntimeError", "RecursionError",
         "NotImplementedError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
         "ImportError", "ModuleNotFoundError", "MemoryError", "OSError", "FileNotFoundError", "StopAsyncIteration", "EOFError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError), issubclass(SystemExit, Exception))
print(IOError is OSError, EnvironmentError is OSError)
