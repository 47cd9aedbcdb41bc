#!/usr/bin/env python3
"""Compare Weft's symbol tables with CPython's over a corpus.

For every file, CPython's view is built from `symtable.symtable()` (the scope of every
name in every block, and each function's parameters) and from `compile()` (co_qualname,
co_firstlineno, co_varnames, co_cellvars, co_freevars and the generator/coroutine flags
of every code object). Weft's view is printed by the `weft-symtable-dump` executable
(`symtableDump` in Sources/WeftSyntax/SymtableDump.swift) in the same line format.

A file agrees when the symtable lines are the same set, and every code object line of
CPython's is among Weft's (CPython drops the code objects of unreachable functions, so
Weft may have more code objects of a given name and line, never different ones). When
CPython rejects a file after parsing it (future statements, symtable, compiler), Weft
must report the same message at the same position (line, offset, end line, end
offset); when CPython's parser rejects it, Weft must reject it too. Errors that agree
but for their end position are counted apart ("error-end-differ"): that end is the
parser's end of the node the error is reported at.

Default corpus: CPython's standard library .py files, site-packages excluded. The dump
tool is the newest of those in .build/release, .build/debug and .build-symtable/debug.

    swift build --product weft-symtable-dump
    python3 tests/parser/symtable_compare.py [--dump PATH] [--jobs N] [--show N] [--list F] [FILES...]
"""
import argparse, ast, os, subprocess, symtable, sys, sysconfig, types, warnings
from concurrent.futures import ThreadPoolExecutor
from _symtable import SCOPE_OFF, SCOPE_MASK

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCOPES = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}
CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200


def corpus():
    stdlib = sysconfig.get_paths()["stdlib"]
    files = []
    for root, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if d != "site-packages" and not d.startswith("."))
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    return files


def symtable_lines(t, path, out):
    step = f"{t.get_type()}:{t.get_name()}:{t.get_lineno()}"
    here = f"{path}/{step}" if path else step
    syms = sorted(t._table.symbols.items())
    syms = " ".join(f"{n}:{SCOPES.get((f >> SCOPE_OFF) & SCOPE_MASK, '?')}" for n, f in syms)
    out.add(f"S {here} params={','.join(t._table.varnames)} syms={syms}")
    for c in t.get_children():
        symtable_lines(c, here, out)


def code_lines(co, out):
    flags = []
    if co.co_flags & CO_GENERATOR:
        flags.append("gen")
    if co.co_flags & CO_COROUTINE:
        flags.append("coro")
    if co.co_flags & CO_ASYNC_GENERATOR:
        flags.append("agen")
    out.add(f"C {co.co_qualname} {co.co_firstlineno} varnames=({','.join(co.co_varnames)}) "
            f"cellvars=({','.join(co.co_cellvars)}) freevars=({','.join(co.co_freevars)}) "
            f"flags={'|'.join(flags)}")
    for k in co.co_consts:
        if isinstance(k, types.CodeType):
            code_lines(k, out)


def cpython_view(path):
    """("parse-error", msg) | ("error", "line offset end_line end_offset: msg") | ("ok", S, C)."""
    with open(path, "rb") as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(src, filename=path)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            return ("parse-error", f"{type(e).__name__}: {e}")
        try:
            code = compile(src, path, "exec", dont_inherit=True)
            table = symtable.symtable(src, path, "exec")
        except SyntaxError as e:
            return ("error", f"{e.lineno} {e.offset} {e.end_lineno} {e.end_offset}: {e.msg}")
    s, c = set(), set()
    symtable_lines(table, "", s)
    code_lines(code, c)
    return ("ok", s, c)


def run_dump(dump, files):
    """{path: lines} from one run of weft-symtable-dump; None for files it crashed on."""
    try:
        p = subprocess.run([dump] + files, capture_output=True, timeout=600)
    except subprocess.TimeoutExpired:
        p = None
    if p is None or p.returncode != 0:
        if len(files) == 1:
            return {files[0]: None}
        out = {}
        for f in files:
            out.update(run_dump(dump, [f]))
        return out
    out, cur = {}, None
    for line in p.stdout.decode("utf-8", "replace").split("\n"):
        if line.startswith("== "):
            cur = line[3:]
            out[cur] = []
        elif line and cur is not None:
            out[cur].append(line)
    return out


def key(line):
    return line.split(" varnames=")[0]


def verdict(view, lines):
    if lines is None:
        return "crash", ""
    werr = next((l[6:] for l in lines if l.startswith("ERROR ")), None)
    if view[0] == "parse-error":
        return ("both-error", "") if werr is not None else ("cpython-error", view[1])
    if view[0] == "error":
        if werr is None:
            return "cpython-error", view[1]
        if werr == view[1]:
            return "both-error", ""
        # Same message and start: the node's end position (the parser's) differs.
        start = lambda e: (e.split(":")[0].split()[:2], e.split(":", 1)[1])
        kind = "error-end-differ" if start(werr) == start(view[1]) else "error-differ"
        return kind, f"cpython: {view[1]}\n  weft:    {werr}"
    if werr is not None:
        return "weft-error", werr
    _, s, c = view
    ws = {l for l in lines if l.startswith("S ")}
    wc = {l for l in lines if l.startswith("C ")}
    report = []
    for l in sorted(s - ws):
        report.append(f"  cpython: {l}")
    for l in sorted(ws - s):
        report.append(f"  weft:    {l}")
    for l in sorted(c - wc):
        report.append(f"  cpython: {l}")
    # An extra line of Weft's is a code object CPython dropped as unreachable only if
    # Weft has more code objects of that name and line than CPython does.
    count = lambda lines, k: sum(1 for l in lines if key(l) == k)
    for l in sorted(wc - c):
        if count(wc, key(l)) <= count(c, key(l)):
            report.append(f"  weft:    {l}")
    return ("equal", "") if not report else ("differ", "\n".join(report))


def main():
    ap = argparse.ArgumentParser()
    builds = [os.path.join(ROOT, b, "weft-symtable-dump")
              for b in (".build/release", ".build/debug", ".build-symtable/debug")]
    builds = sorted((b for b in builds if os.path.exists(b)), key=os.path.getmtime) or builds
    ap.add_argument("--dump", default=builds[-1], help="the weft-symtable-dump executable (default: the newest built)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--batch", type=int, default=40, help="files per run of the dump tool")
    ap.add_argument("--show", type=int, default=20, help="disagreements to print in full")
    ap.add_argument("--list", help="a file naming the files to compare, one per line")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = args.files
    if args.list:
        with open(args.list) as f:
            files += [l.rstrip("\n") for l in f if l.strip()]
    files = files or corpus()
    batches = [files[i:i + args.batch] for i in range(0, len(files), args.batch)]
    counts, shown = {}, 0
    with ThreadPoolExecutor(args.jobs) as ex:
        for batch, dumped in zip(batches, ex.map(lambda b: run_dump(args.dump, b), batches)):
            for path in batch:
                v, detail = verdict(cpython_view(path), dumped.get(path))
                counts[v] = counts.get(v, 0) + 1
                if v in ("equal", "both-error"):
                    continue
                print(f"{v}: {path}")
                if shown < args.show:
                    shown += 1
                    print("  " + detail[:3000])
    total = len(files)
    agree = counts.get("equal", 0) + counts.get("both-error", 0)
    print(f"files: {total}  " + "  ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    print(f"agreement (same symbol tables and code objects, or same error): "
          f"{agree}/{total} = {100.0 * agree / max(total, 1):.2f}%")
    if counts.get("error-end-differ"):
        agree += counts["error-end-differ"]
        print(f"counting errors that differ only in their end position: "
              f"{agree}/{total} = {100.0 * agree / max(total, 1):.2f}%")
    sys.exit(1 if counts.get("crash", 0) else 0)


if __name__ == "__main__":
    main()
