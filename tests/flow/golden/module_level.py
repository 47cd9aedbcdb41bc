"""Module code: names are globals; imports bind names; a docstring sets __doc__."""
import os.path
from sys import argv as args
x: int = 1
del x
