# Helper module: reports its __name__ and whether it thinks it is the main program.
if __name__ == "__main__":
    print("mod_main_check run as main")
else:
    print("mod_main_check imported, __name__ =", __name__)
