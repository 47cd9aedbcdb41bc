# Output written to stdout (and stderr) before an uncaught error is kept and ordered per stream.
import sys
for i in range(5):
    print("line", i)
sys.stderr.write("warning on stderr\n")
print("partial line without newline", end="")
raise RuntimeError("stop here")
