# Frames of lambdas and comprehensions appear as <lambda> and <listcomp> in tracebacks.
convert = lambda s: int(s) * 2
values = [convert(x) for x in ["1", "2", "x3"]]
