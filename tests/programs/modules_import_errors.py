# ImportError and ModuleNotFoundError: messages and attributes for missing modules and names.
try:
    import not_a_real_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from mod_basic import missing_name
except ImportError as e:
    print("ImportError:", e, e.name)
try:
    from not_a_real_module import x
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
