# A failure inside __init__ called from a method that runs in an except block: chained traceback through methods.
class Parser:
    def __init__(self, text):
        self.parts = text.split(",")
        self.first = int(self.parts[0])
class Loader:
    def load(self, text):
        try:
            return Parser(text)
        except ValueError:
            return self.fallback(text)
    def fallback(self, text):
        return Parser(text.upper())
Loader().load("abc,def")
