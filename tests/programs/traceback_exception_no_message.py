# Uncaught exception without arguments: the last line is only the exception's name.
class Quit(Exception):
    pass
def run():
    raise Quit
run()
