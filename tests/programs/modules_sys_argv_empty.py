# sys.argv with no arguments is just the program name.
import sys
print(sys.argv, len(sys.argv))
