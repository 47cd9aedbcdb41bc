# pass, ..., NotImplemented and empty bodies; Ellipsis and NotImplemented reprs and truthiness.
def stub():
    ...
def stub2():
    pass
class Empty:
    pass
print(stub(), stub2(), Ellipsis, ..., ... is Ellipsis, repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__)
print(bool(...), [...], Empty.__name__)
if True:
    pass
for _ in range(2):
    ...
while False:
    pass
print("done")
