# sys.argv holds the program name as given and the arguments after it.
# args: alpha beta 3 --flag
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print([a.upper() for a in sys.argv[1:]])
