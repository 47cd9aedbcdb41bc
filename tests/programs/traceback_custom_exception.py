# Uncaught user exceptions: the last line is "Name: message", or the name alone, or the args tuple.
class ValidationError(Exception):
    pass
def validate(x):
    if x < 0:
        raise ValidationError("negative", x)
    return x
for v in [1, 2]:
    validate(v)
validate(-5)
