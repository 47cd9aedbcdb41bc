# __name__ is "__main__" for the program and the module name for imported modules.
print(__name__)
if __name__ == "__main__":
    print("running as main")
import mod_main_check
print(mod_main_check.__name__)
