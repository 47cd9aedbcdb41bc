#!/usr/bin/env python3
"""Build and check the flow graphs of every file of CPython's standard library.

For each .py file (site-packages excluded) runs `weft graph --quiet FILE`, which parses,
runs the symbol table, builds every graph and runs the graph checker on each. A file
CPython's compile() rejects must be rejected; every other file must build, except for
constructs the README lists as not supported yet ('except*'). With --dot, also feeds
each file's dot output to `dot -Tsvg` (slow). Exits 1 on any unexpected failure or crash.

    python3 tests/flow/check_stdlib.py [--weft PATH] [--dot] [FILES...]
"""
import argparse, os, subprocess, sys, sysconfig
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
UNSUPPORTED = ("'except*' is not supported by Weft yet",)

def corpus():
    stdlib = sysconfig.get_paths()["stdlib"]
    out = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages")
        out += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return out

def cpython_compiles(path):
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec", dont_inherit=True)
        return True
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return False

def check(weft, dot, path):
    p = subprocess.run([weft, "graph", "--quiet", path], capture_output=True, timeout=300)
    err = p.stderr.decode("utf-8", "replace")
    ok = cpython_compiles(path)
    if p.returncode not in (0, 1):
        return "crash", path, err[-1500:]
    if p.returncode == 1:
        if not ok:
            return "both-reject", path, ""
        if any(u in err for u in UNSUPPORTED):
            return "unsupported", path, err.strip().splitlines()[-1]
        return "weft-rejects", path, err[-800:]
    if not ok:
        return "weft-accepts", path, ""
    if dot:
        g = subprocess.run([weft, "graph", "--format", "dot", path], capture_output=True, timeout=300)
        d = subprocess.run(["dot", "-Tsvg", "-o", "/dev/null"], input=g.stdout, capture_output=True, timeout=600)
        if d.returncode != 0:
            return "dot-rejects", path, d.stderr.decode("utf-8", "replace")[-500:]
    return "ok", path, ""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", default=os.path.join(ROOT, ".build", "release", "weft"))
    ap.add_argument("--dot", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files or corpus()
    counts = {}
    with ThreadPoolExecutor(args.jobs) as ex:
        for verdict, path, detail in ex.map(lambda f: check(args.weft, args.dot, f), files):
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict not in ("ok", "both-reject"):
                print(f"{verdict}: {path}\n  {detail}" if detail else f"{verdict}: {path}")
    print(f"files: {len(files)}  " + "  ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    bad = sum(counts.get(k, 0) for k in ("crash", "weft-rejects", "weft-accepts", "dot-rejects"))
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
