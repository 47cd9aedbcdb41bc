# import m of a .py file in the script's folder: attributes, functions, classes, module state.
import mod_basic
print(mod_basic.greet("world"), mod_basic.PI_ISH, mod_basic.Widget(3), mod_basic.__name__)
print(mod_basic.bump(), mod_basic.bump(), mod_basic.counter)
mod_basic.counter = 100
print(mod_basic.bump())
print(type(mod_basic).__name__, mod_basic.__file__.endswith("mod_basic.py"), repr(mod_basic).startswith("<module 'mod_basic' from '"))
import mod_basic as mb
print(mb is mod_basic, mb.counter)
