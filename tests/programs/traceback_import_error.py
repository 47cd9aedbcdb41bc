# Importing a module that does not exist: ModuleNotFoundError with CPython's message.
print("start")
import no_such_module_here
