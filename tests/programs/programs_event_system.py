# A small program: an event bus with closures, bound methods as callbacks, unsubscription and errors in handlers.
class Bus:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)
        return lambda: self.handlers[event].remove(fn)
    def emit(self, event, *args):
        results = []
        for fn in list(self.handlers.get(event, [])):
            try:
                results.append(fn(*args))
            except Exception as e:
                results.append(f"error: {type(e).__name__}: {e}")
        return results
class Counter:
    def __init__(self):
        self.n = 0
    def hit(self, amount=1):
        self.n += amount
        return self.n
bus = Bus()
c = Counter()
log = []
bus.on("tick", c.hit)
off = bus.on("tick", lambda amount=1: log.append(amount) or len(log))
bus.on("tick", lambda amount=1: 10 // (amount - 2))
print(bus.emit("tick"), bus.emit("tick", 2), bus.emit("tick", 5))
off()
print(bus.emit("tick", 3), c.n, log, bus.emit("none"))
