# Helper module for the modules_* programs: functions, a class, constants and a print at import.
print("mod_basic imported as", __name__)
PI_ISH = 3.14
_private = "hidden"
counter = 0
def greet(name):
    return f"hello, {name}"
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f"Widget({self.size})"
__all__ = ["greet", "Widget", "PI_ISH"]
