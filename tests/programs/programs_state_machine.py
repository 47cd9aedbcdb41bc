# A small program: a traffic-light state machine and a coroutine-based tokenizer driven by send().
def light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    nxt = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        for _ in range(durations[state]):
            cmd = yield state
            if cmd == "emergency":
                state = "red"
                break
        else:
            state = nxt[state]
l = light()
seq = [next(l)] + [l.send(None) for _ in range(8)] + [l.send("emergency")] + [next(l) for _ in range(3)]
print(seq)
def collector(out):
    word = ""
    while True:
        ch = yield
        if ch is None or not ch.isalnum():
            if word:
                out.append(word)
                word = ""
            if ch is None:
                return
        else:
            word += ch
words = []
c = collector(words)
next(c)
for ch in "hello, state machines! 42 times":
    c.send(ch)
try:
    c.send(None)
except StopIteration:
    pass
print(words)
