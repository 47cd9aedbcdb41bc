# A small program: serializing and parsing a JSON-like format by hand (recursion, string escapes, numbers).
def dumps(v):
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list): return "[" + ",".join(dumps(x) for x in v) + "]"
    if isinstance(v, dict): return "{" + ",".join(dumps(k) + ":" + dumps(x) for k, x in v.items()) + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")
def loads(s):
    pos = 0
    def value():
        nonlocal pos
        c = s[pos]
        if c == "{":
            pos += 1
            out = {}
            while s[pos] != "}":
                k = value()
                pos += 1
                out[k] = value()
                if s[pos] == ",": pos += 1
            pos += 1
            return out
        if c == "[":
            pos += 1
            out = []
            while s[pos] != "]":
                out.append(value())
                if s[pos] == ",": pos += 1
            pos += 1
            return out
        if c == '"':
            pos += 1
            buf = ""
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    buf += {"n": "\n"}.get(s[pos], s[pos])
                else:
                    buf += s[pos]
                pos += 1
            pos += 1
            return buf
        for lit, v in (("null", None), ("true", True), ("false", False)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return v
        start = pos
        while pos < len(s) and s[pos] in "-+.0123456789e":
            pos += 1
        t = s[start:pos]
        return float(t) if any(ch in t for ch in ".e") else int(t)
    return value()
doc = {"name": "weft", "version": [0, 1], "tags": ["gc", "jit?"], "ok": True, "none": None, "pi": 3.14, "q": 'say "hi"\n', "big": 2 ** 70}
s = dumps(doc)
print(s)
back = loads(s)
print(back == doc, back["q"], back["big"])
try:
    dumps({1: {2, 3}})
except TypeError as e:
    print("TypeError:", e)
