# A small program: greedy word wrapping, justification and centring of a paragraph.
text = ("Weft is a translation toolchain and runtime for a large subset of Python three, after the design of "
        "PyPy's translation toolchain: programs become flow graphs, and memory management is woven in.")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
lines = wrap(text.split(), 36)
for l in lines[:-1]:
    print("|" + justify(l, 36) + "|")
print("|" + " ".join(lines[-1]).ljust(36) + "|")
print("|" + "the end".center(36, "~") + "|")
