# sys.stdout/sys.stderr write() returns the length; flush(); stdout and stderr are separate streams.
import sys
n = sys.stdout.write("written directly\n")
print(n)
m = sys.stderr.write("to stderr directly\n")
print(m)
sys.stdout.write("no newline ")
sys.stdout.flush()
sys.stdout.write("then newline\n")
sys.stderr.flush()
print(sys.stdout.write(""), sys.stdout is sys.__stdout__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print("é€", file=sys.stdout)
