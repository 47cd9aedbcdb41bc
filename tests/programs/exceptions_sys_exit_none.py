# sys.exit() and sys.exit(None) exit with status 0; SystemExit can be caught and inspected.
import sys
for arg in [(), (None,), (0,), (2,), ("msg",), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
sys.exit()
