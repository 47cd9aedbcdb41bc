# Single inheritance: overriding, super().__init__, attribute lookup along the chain.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (softly)"
for a in [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit", [])]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
p = Puppy("bit", ["roll"])
print(p.tricks, isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Animal.__bases__)
