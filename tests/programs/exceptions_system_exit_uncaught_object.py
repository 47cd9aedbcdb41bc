# raise SystemExit with a non-int, non-None code prints it to stderr and exits 1.
print("start")
raise SystemExit(["a", 1])
