# __init_subclass__ hooks, class decorators, and class registries.
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(registry, Gamma.plugin_name, Beta.plugin_name)
def add_hello(cls):
    cls.hello = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_hello
class Greeter:
    pass
print(Greeter().hello())
def count_instances(cls):
    original = cls.__init__
    def init(self, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        original(self, *a, **k)
    cls.__init__ = init
    return cls
@count_instances
class Thing:
    def __init__(self, v):
        self.v = v
things = [Thing(i) for i in range(4)]
print(Thing.instances, things[3].v)
