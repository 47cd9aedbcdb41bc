#!/usr/bin/env python3
"""Fuzz `weft ast --quiet` (or, with --command graph, the whole front end) with inputs
made from CPython's standard library.

Inputs are mutated stdlib files (byte flips, inserted bytes and tokens, deletions, line
duplication, swaps and re-indentation), stdlib files truncated at random points, splices
of two files, token soup, random bytes and deep nesting. Input i is made by its own
PRNG seeded from (--seed, i), so a run is reproducible and any input can be remade alone.
Each input runs in its own `weft` process (--jobs at a time); exit status 0 counts as
parsed, 1 with a rendered SyntaxError as a clean rejection, anything else (a signal, any
other status, status 1 without an error message) as a crash, and more than --timeout
seconds as a timeout. Crashing and timing-out inputs are kept under --keep. With
--oracle, CPython parses each input too and the accept/reject disagreements are counted
(deep nesting excepted: there CPython gives up with MemoryError or RecursionError).

Exit status 1 if anything crashed or timed out.

    python3 tests/parser/fuzz.py [--weft PATH] [--count N] [--seed S] [--jobs N]
                                 [--timeout SECONDS] [--keep DIR] [--oracle]
"""
import argparse, ast, os, random, re, subprocess, sys, sysconfig, tempfile, threading, time, warnings
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

FRAGMENTS = [
    b"(", b")", b"[", b"]", b"{", b"}", b'"""', b"'''", b"'", b'"', b"\\", b"\\\n", b"\t", b"\r", b"\r\n",
    b"\n", b"\n    ", b"\n\t", b"\x0c", b" ", b":", b",", b";", b"=", b":=", b"==", b"**", b"*", b"@", b"->",
    b"...", b".", b"#", b"f'", b'f"{', b"rb'", b"u'", b'br"', b"{x!r:>{w}}", b"}}", b"lambda", b"lambda:",
    b"match", b"case", b"if", b"else", b"elif", b"for", b"in", b"async", b"await", b"yield", b"not", b"is",
    b"def", b"class", b"return", b"try:", b"except", b"with", b"global", b"del", b"import", b"from", b"0x",
    b"0o8", b"1e", b"1_", b"0b2", b"09", b"1.2.3", b"1j", "\u00e9".encode(), "\u2028".encode(),
    "\ufeff".encode(), "\u200b".encode(), b"$", b"?", b"!", b"`", b"\\N{", b"\\N{BULLET}", b"\\x", b"\\u12",
    b"\\777", b"\x00", b"\x7f", b"\xff", b"\xc3", b"<>", b"!=", b"**=", b"//=", b">>=", b"_", b"# coding: latin-1\n",
]

OPENERS = [("(", ")"), ("[", "]"), ("{", "}"), ("-", ""), ("not ", ""), ("~", ""), ("lambda: ", ""),
           ("a if b else ", ""), ("await ", ""), ("f(", ")"), ("a[", "]"), ("{a: ", "}"), ("(yield ", ")"),
           ("[x for x in ", "]"), ("a.", ""), ("a**", ""), ("+", ""), ("a+", ""), ("f'{", "}'")]

BLOCKS = ["if a:", "for x in y:", "def f():", "class C:", "while 1:", "with a:", "try:", "match x:", "case 1:"]


def stdlib_files():
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages" and not d.startswith("."))
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return files


def window(rng, data, limit=32768):
    """A run of whole lines of at most about `limit` bytes, so inputs stay small."""
    if len(data) <= limit:
        return data
    start = rng.randrange(len(data) - limit)
    start = data.rfind(b"\n", 0, start) + 1
    end = data.find(b"\n", start + limit)
    return data[start:] if end < 0 else data[start:end + 1]


def mutate(rng, b):
    kind = rng.randrange(9)
    if kind == 0 and b:
        b = bytearray(b)
        for _ in range(rng.randint(1, 16)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        return bytes(b), "flip"
    if kind == 1:
        i = rng.randint(0, len(b))
        return b[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + b[i:], "insert-bytes"
    if kind == 2:
        i = rng.randint(0, len(b))
        return b[:i] + b[i + rng.randint(1, 256):], "delete"
    if kind in (3, 4):
        for _ in range(rng.randint(1, 8)):
            i = rng.randint(0, len(b))
            b = b[:i] + rng.choice(FRAGMENTS) + b[i:]
        return b, "insert-tokens"
    if kind == 5:
        return b[:rng.randint(0, len(b))], "truncate"
    lines = b.split(b"\n")
    i = rng.randrange(len(lines))
    if kind == 6:
        lines[i:i] = [lines[i]] * rng.randint(1, 5)
        return b"\n".join(lines), "duplicate-line"
    if kind == 7:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines), "swap-lines"
    indent = rng.choice([b" ", b"\t", b"    ", b"\x0c"])
    lines[i] = indent + lines[i] if rng.random() < 0.5 or not lines[i] else lines[i][1:]
    return b"\n".join(lines), "reindent"


def deep(rng):
    depth = rng.randint(50, 5000)
    if rng.random() < 0.2:
        depth = min(depth, 400)
        src = "".join(" " * i + rng.choice(BLOCKS) + "\n" for i in range(depth)) + " " * depth + "pass\n"
        return src.encode(), f"deep blocks {depth}"
    mixed = rng.random() < 0.5
    single = rng.choice(OPENERS)
    opens, closes = [], []
    for _ in range(depth):
        o, c = rng.choice(OPENERS) if mixed else single
        opens.append(o)
        closes.append(c)
    close = "".join(reversed(closes))
    if rng.random() < 0.3:
        close = close[:len(close) - rng.randint(0, 5)]
    return ("".join(opens) + "a" + close + "\n").encode(), f"deep {depth} {'mixed' if mixed else single[0]!r}"


def make_input(i, seed, files, cache):
    """Input number i: (bytes, recipe)."""
    rng = random.Random(seed * 1_000_003 + i)

    def read(path):
        data = cache.get(path)
        if data is None:
            with open(path, "rb") as f:
                data = cache[path] = f.read()
        return data

    r = rng.random()
    if r < 0.08:
        n = rng.randint(0, 4096)
        return bytes(rng.randrange(256) for _ in range(n)), f"random bytes {n}"
    if r < 0.13:
        return b"".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 300))), "token soup"
    if r < 0.21:
        return deep(rng)
    path = rng.choice(files)
    name = os.path.relpath(path, sysconfig.get_paths()["stdlib"])
    data = window(rng, read(path))
    if r < 0.40:
        cut = rng.randint(0, len(data))
        return data[:cut], f"{name} truncated at {cut}"
    if r < 0.48:
        other = rng.choice(files)
        data2 = window(rng, read(other))
        a, b = rng.randint(0, len(data)), rng.randint(0, len(data2))
        return data[:a] + data2[b:], f"{name}[:{a}] + {os.path.basename(other)}[{b}:]"
    recipe = [name]
    for _ in range(rng.randint(1, 4)):
        data, how = mutate(rng, data)
        recipe.append(how)
    return data, " ".join(recipe)


ERROR_LINE = re.compile(rb"^(SyntaxError|IndentationError|TabError): ", re.M)


CODING = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+")


def cpython_accepts(data):
    """Whether `python3 FILE` would get past parsing. ast.parse(bytes) uses CPython's string
    tokenizer, which unlike its file tokenizer lets invalid UTF-8 through in comments when
    no encoding is declared."""
    lines = data.split(b"\n", 2)
    declared = data.startswith(b"\xef\xbb\xbf") or bool(CODING.match(lines[0])) or (
        len(lines) > 1 and re.match(rb"^[ \t\f]*(#.*)?\r?$", lines[0]) is not None and bool(CODING.match(lines[1])))
    if not declared:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(data)
            return True
        except (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError):
            return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--command", default="ast", choices=["ast", "graph"],
                    help="weft subcommand to fuzz: ast (parser) or graph (parser, symbol table, graph builder and checker)")
    ap.add_argument("--weft", default=os.path.join(ROOT, ".build", "release", "weft"))
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--keep", help="directory for crashing and timing-out inputs (default: a new temp dir)")
    ap.add_argument("--oracle", action="store_true", help="also count accept/reject disagreements with CPython")
    ap.add_argument("--only", type=int, nargs="*", help="run only these input numbers")
    args = ap.parse_args()

    files = stdlib_files()
    work = tempfile.mkdtemp(prefix="weft-fuzz-")
    keep = args.keep or tempfile.mkdtemp(prefix="weft-fuzz-failures-")
    os.makedirs(keep, exist_ok=True)
    local = threading.local()
    lock = threading.Lock()
    counts = {"parsed": 0, "syntax-error": 0, "crash": 0, "timeout": 0}
    failures, disagreements = [], []
    done = [0]
    start = time.time()

    def run(i):
        if not hasattr(local, "cache"):
            local.cache = {}  # file contents, per thread
        data, recipe = make_input(i, args.seed, files, local.cache)
        path = os.path.join(work, f"input{i}.py")
        with open(path, "wb") as f:
            f.write(data)
        try:
            p = subprocess.run([args.weft, args.command, "--quiet", path], capture_output=True, timeout=args.timeout)
            if p.returncode == 0:
                verdict = "parsed"
            elif p.returncode == 1 and ERROR_LINE.search(p.stderr):
                verdict = "syntax-error"
            else:
                verdict = "crash"
            detail = f"exit status {p.returncode}: {p.stderr[-300:].decode('utf-8', 'replace')}"
        except subprocess.TimeoutExpired:
            verdict, detail = "timeout", f"more than {args.timeout} s"
        disagree = None
        if args.oracle and verdict in ("parsed", "syntax-error") and not recipe.startswith("deep"):
            ok = cpython_accepts(data)
            if ok != (verdict == "parsed"):
                disagree = f"input {i} ({recipe}): CPython {'accepts' if ok else 'rejects'}, weft {'accepts' if verdict == 'parsed' else 'rejects'}"
        if verdict in ("crash", "timeout"):
            kept = os.path.join(keep, f"input{i}.py")
            os.replace(path, kept)
        else:
            os.remove(path)
        with lock:
            counts[verdict] += 1
            done[0] += 1
            if verdict in ("crash", "timeout"):
                failures.append(f"{verdict}: input {i} ({recipe}) kept as {kept}\n  {detail}")
                print(failures[-1], flush=True)
            if disagree:
                disagreements.append(disagree)
            if done[0] % 1000 == 0:
                print(f"  {done[0]} inputs, {time.time() - start:.0f} s", flush=True)

    numbers = args.only if args.only is not None else range(args.count)
    with ThreadPoolExecutor(args.jobs) as ex:
        list(ex.map(run, numbers))
    os.rmdir(work)

    total = sum(counts.values())
    print(f"inputs: {total}  parsed: {counts['parsed']}  clean SyntaxError: {counts['syntax-error']}  "
          f"crashes: {counts['crash']}  timeouts: {counts['timeout']}  ({time.time() - start:.0f} s, seed {args.seed})")
    if args.oracle:
        print(f"accept/reject disagreements with CPython: {len(disagreements)}")
        for d in disagreements[:20]:
            print("  " + d)
    if failures:
        print(f"failing inputs kept in {keep}; remake one with --only N")
        return 1
    if not args.keep:
        os.rmdir(keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
