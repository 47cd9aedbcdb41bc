# sys.exit(n) ends the program with status n; finally blocks run; nothing is printed to stderr.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during exit")
print("never printed")
