# sys.path[0] is the folder of the program, so modules beside it can be imported; __file__ is absolute.
import sys
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0], __file__.startswith("/"))
print(__file__.rsplit("/", 1)[1])
sys.path.append("/nonexistent-folder-for-test")
import mod_basic
print(mod_basic.greet("path"))
