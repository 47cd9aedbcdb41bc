#!/usr/bin/env python3
"""Compare `weft ast FILE` with CPython's ast.dump(ast.parse(FILE)) over a corpus.

Default corpus: CPython's standard library .py files (site-packages excluded) and every
.py file under tests/. Prints a line per disagreement and, at the end, the percentage
of files whose dump is identical. Exits 1 if any file crashed Weft (a signal or an exit
status other than 0 and 1).

    python3 tests/parser/compare.py [--weft PATH] [--jobs N] [--show N] [FILES...]
"""
import argparse, ast, os, subprocess, sys, sysconfig
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def corpus():
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for base in (stdlib, os.path.join(ROOT, "tests")):
        for root, dirs, names in os.walk(base):
            dirs[:] = sorted(d for d in dirs if d != "site-packages" and not d.startswith("."))
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return files

POSITIONS = False

def expected(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        return True, ast.dump(ast.parse(src, filename=path), include_attributes=POSITIONS)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return False, f"{type(e).__name__}: {e}"

def check(weft, path):
    ok, want = expected(path)
    try:
        p = subprocess.run([weft, "ast", path] + (["--positions"] if POSITIONS else []), capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return path, "timeout", want, ""
    out = p.stdout.decode("utf-8", "replace").rstrip("\n")
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode not in (0, 1):
        return path, "crash", want, f"exit status {p.returncode}\n{err[-2000:]}"
    if p.returncode == 1:
        if not ok:
            return path, "both-error", want, err
        return path, "weft-error", want, err
    if not ok:
        return path, "cpython-error", want, out[:300]
    return path, ("equal" if out == want else "differ"), want, out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", default=os.path.join(ROOT, ".build", "release", "weft"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--show", type=int, default=20, help="disagreements to print in full")
    ap.add_argument("--positions", action="store_true", help="compare node positions too (include_attributes=True)")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    global POSITIONS
    POSITIONS = args.positions
    files = args.files or corpus()
    counts = {}
    shown = 0
    with ThreadPoolExecutor(args.jobs) as ex:
        for path, verdict, want, got in ex.map(lambda f: check(args.weft, f), files):
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict in ("equal", "both-error"):
                continue
            print(f"{verdict}: {path}")
            if shown < args.show:
                shown += 1
                if verdict == "differ":
                    i = next((k for k in range(min(len(want), len(got))) if want[k] != got[k]), min(len(want), len(got)))
                    print(f"  cpython: ...{want[max(0, i - 150):i + 150]}")
                    print(f"  weft:    ...{got[max(0, i - 150):i + 150]}")
                else:
                    print("  cpython: " + want[:500].replace("\n", "\n  "))
                    print("  weft:    " + got[:1500].replace("\n", "\n  "))
    total = len(files)
    equal = counts.get("equal", 0)
    agree = equal + counts.get("both-error", 0)
    print(f"files: {total}  " + "  ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    print(f"identical dumps: {equal}/{total} = {100.0 * equal / total:.2f}%")
    print(f"agreement (identical, or both reject): {agree}/{total} = {100.0 * agree / total:.2f}%")
    sys.exit(1 if counts.get("crash", 0) or counts.get("timeout", 0) else 0)

if __name__ == "__main__":
    main()
