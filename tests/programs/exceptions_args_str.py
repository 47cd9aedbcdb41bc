# Exception args, str() and repr() for zero, one and several arguments; KeyError's quoting; attributes.
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(5), KeyError("k"), KeyError(), KeyError("a", "b"),
          OSError(2, "No such file"), StopIteration(7), SystemExit(3), IndexError(None)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = MyError(404, "not found")
print(e.args, str(e), e.code, repr(e), isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return "custom text"
print(str(WithStr("ignored")), repr(WithStr("ignored")))
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
e.note = "extra attribute"
print(e.note)
print(Exception("a") == Exception("a"))
