# A syntax error in the program: nothing runs, CPython's SyntaxError report, status 1.
print("this never runs")
def f(:
    pass
