# property: getter, setter, deleter, decorator and call forms, read-only errors, inheritance.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    def _get_k(self):
        return self._c + 273.15
    kelvin = property(_get_k, doc="kelvin")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.kelvin)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.kelvin.__doc__)
class Sub(Temp):
    @property
    def fahrenheit(self):
        return round(super().fahrenheit)
s = Sub()
s.celsius = 37.5
print(s.fahrenheit)
