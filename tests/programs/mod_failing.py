# Helper module for traceback_module_import.py: a function that fails two calls deep.
NAME = "mod_failing"
def explode(n):
    return inner(n, 0)
def inner(a, b):
    return a % b
