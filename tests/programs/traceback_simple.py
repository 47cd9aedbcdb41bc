# An uncaught ZeroDivisionError at module level: traceback with carets on stderr, status 1; stdout kept.
print("before")
x = 10
y = 0
z = x / y
print("never")
