# Three chained failures: an error in an except block, then an error in a finally block, through function calls.
def step1():
    return 1 / 0
def step2():
    try:
        step1()
    except ZeroDivisionError:
        [][0]
def step3():
    try:
        step2()
    finally:
        {}["cleanup"]
step3()
