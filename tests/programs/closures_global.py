# global declarations, reading globals, UnboundLocalError and NameError messages.
count = 0
def bump():
    global count
    count += 1
    return count
bump()
bump()
print(count)
def define_new():
    global fresh
    fresh = "created in function"
define_new()
print(fresh)
def broken():
    print(count)
    count = 5
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
def uses_undefined():
    return also_undefined
try:
    uses_undefined()
except NameError as e:
    print("NameError:", e)
def del_then_use():
    x = 1
    del x
    return x
try:
    del_then_use()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(isinstance(UnboundLocalError(), NameError))
