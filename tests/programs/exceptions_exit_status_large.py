# Exit statuses: sys.exit(256 + 4) gives 4 like the OS does; printing happens before exit.
import sys
print("exiting with 260")
sys.exit(260)
