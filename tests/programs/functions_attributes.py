# Function attributes: __name__, __qualname__, __doc__, __module__, __defaults__, custom attributes, __code__ bits.
def outer(a, b=2, *args, c, d=4, **kw):
    "Outer doc."
    def inner():
        pass
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, outer.__defaults__, outer.__kwdefaults__)
i = outer(1, c=3)
print(i.__name__, i.__qualname__, i.__doc__, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount, outer.__code__.co_name)
outer.custom = "attached"
print(outer.custom, sorted(outer.__dict__))
def annotated(x: int, y: "str" = "a") -> bool:
    return True
print(annotated.__annotations__)
class K:
    def m(self):
        pass
print(K.m.__qualname__, K().m.__qualname__, (lambda: 0).__qualname__, type(outer).__name__)
