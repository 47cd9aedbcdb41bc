# Uncaught UnboundLocalError with 3.11's message.
total = 0
def add(n):
    total += n
    return total
add(5)
