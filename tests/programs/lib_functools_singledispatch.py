# functools.singledispatch / singledispatchmethod: registration forms, MRO dispatch, errors
from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(obj):
    return 'object: ' + repr(obj)

@describe.register
def _(obj: int):
    return 'int: ' + str(obj)

@describe.register(str)
def _(obj):
    return 'str: ' + obj

def describe_list(obj):
    return 'list of ' + str(len(obj))
describe.register(list, describe_list)

@describe.register
def _(obj: 'float'):
    return 'float via string annotation'

print(describe(1), describe(True), describe('x'), describe([1, 2]), describe(2.5), describe(None), describe((1,)))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(dict) is describe.registry[object])
print(describe.__name__, describe.__wrapped__.__name__)
print(len(describe.registry), object in describe.registry, int in describe.registry)

class Animal:
    pass
class Dog(Animal):
    pass
class Puppy(Dog):
    pass
class Cat(Animal):
    pass

@singledispatch
def sound(a):
    return 'generic'
@sound.register
def _(a: Animal):
    return 'animal noise'
@sound.register
def _(a: Dog):
    return 'woof'
print(sound(Animal()), sound(Dog()), sound(Puppy()), sound(Cat()), sound(3))
@sound.register(Cat)
def _(a):
    return 'meow'
print(sound(Cat()), sound(Puppy()))

try:
    sound()
except TypeError as e:
    print('TypeError', e)
try:
    @sound.register
    def bad(a):
        return 0
except TypeError as e:
    print('TypeError', str(e).split(':')[0])
try:
    sound.register(3, lambda a: 0)
except TypeError as e:
    print('TypeError', e)
try:
    @sound.register
    def bad2(a: 3):
        return 0
except TypeError as e:
    print('TypeError', e)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'unknown ' + type(arg).__name__
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register(tuple)
    def _(self, arg):
        return arg[0] * arg[1]
s = Shape()
print(s.area(3), s.area((2, 5)), s.area('x'))

class Calc:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        return cls.__name__ + ' cannot negate ' + repr(arg)
    @neg.register
    @classmethod
    def _(cls, arg: int):
        return -arg
print(Calc.neg(5), Calc.neg('a'))
