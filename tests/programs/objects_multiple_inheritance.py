# Multiple inheritance: attribute/method lookup order, mixins, and super() chains through mixins.
class JSONMixin:
    def dump(self):
        return "{" + ", ".join(f'"{k}": {v!r}' for k, v in self.fields()) + "}"
class ReprMixin:
    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{k}={v!r}" for k, v in self.fields()) + ")"
class Model:
    kind = "model"
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def fields(self):
        return sorted(self.__dict__.items())
class User(JSONMixin, ReprMixin, Model):
    kind = "user"
u = User(name="ann", age=30)
print(u, u.dump(), u.kind, [c.__name__ for c in User.__mro__])
class A:
    def f(self): return "A"
class B(A):
    pass
class C(A):
    def f(self): return "C"
class D(B, C):
    pass
print(D().f())
class LogMixin:
    def save(self):
        print("log before save")
        return super().save()
class Store:
    def save(self):
        print("stored")
        return True
class LoggedStore(LogMixin, Store):
    pass
print(LoggedStore().save())
