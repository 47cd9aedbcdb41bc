# Objects still alive when the program ends are finalized at exit, after the last output.
class Final:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalized at exit:", self.name)
keeper = Final("global")
print("main done")
