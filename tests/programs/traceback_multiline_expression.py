# A failing expression spread over several lines.
def f(a, b):
    return a + b
total = f(
    1,
    2,
) + f(
    "x",
    3,
)
