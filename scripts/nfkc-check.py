#!/usr/bin/env python3
"""Checks Weft's NFKC normalization (Sources/WeftSyntax/Normalization.swift, the nfkc
function the parser applies to non-ASCII identifiers) against CPython's
unicodedata.normalize('NFKC', ...), through `weft-symtable-dump --nfkc FILE`, which
prints each line of FILE (code points in hexadecimal) normalized by that same function.

    swift build --product weft-symtable-dump     # or -c release
    python3 scripts/nfkc-check.py [--helper PATH] [--random N] [--seed S]

It checks every code point 0...0x10FFFF on its own (surrogates apart: a Swift String
cannot hold them, nor can an identifier), then N (default 20000) random strings of 2 to
8 characters mixing starters, combining marks, characters that compose or decompose,
Hangul jamo and syllables. It prints the mismatches and their count, and exits 1 on any.
"""
import os, random, subprocess, sys, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pools():
    marks, composing, decomposing = [], set(), []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        if unicodedata.combining(c):
            marks.append(cp)
        raw = unicodedata.decomposition(c)
        if raw:
            decomposing.append(cp)
            if not raw.startswith("<"):
                parts = [int(x, 16) for x in raw.split()]
                if len(parts) == 2:
                    composing.update(parts)
    hangul = (list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A7, 0x11C3))
              + [0x115F, 0x1160, 0x11FF] + random.sample(range(0xAC00, 0xD7A4), 300)
              + list(range(0xAC00, 0xAC00 + 60)))
    letters = [ord(x) for x in "aeiouAEIOUcnsyzkgrlwx"] + [0x3B1, 0x3B9, 0x3C5, 0x41, 0x415, 0x438]
    return [marks, sorted(composing), decomposing, hangul, letters]


def random_strings(n):
    ps = pools()
    out = []
    for _ in range(n):
        k = random.randint(2, 8)
        s = []
        for _ in range(k):
            pool = random.choice(ps)
            s.append(random.choice(pool))
        out.append(s)
    return out


def main(argv):
    helper = os.path.join(ROOT, ".build", "debug", "weft-symtable-dump")
    n, seed = 20000, 3131
    i = 0
    while i < len(argv):
        if argv[i] == "--helper":
            helper = argv[i + 1]; i += 2
        elif argv[i] == "--random":
            n = int(argv[i + 1]); i += 2
        elif argv[i] == "--seed":
            seed = int(argv[i + 1]); i += 2
        else:
            sys.exit(__doc__)
    random.seed(seed)
    cases = [[cp] for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]
    singles = len(cases)
    cases += random_strings(n)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        for c in cases:
            f.write(" ".join(f"{cp:X}" for cp in c) + "\n")
        path = f.name
    try:
        r = subprocess.run([helper, "--nfkc", path], capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    got = r.stdout.split("\n")
    bad = 0
    for k, c in enumerate(cases):
        want = " ".join(f"{ord(x):X}" for x in unicodedata.normalize("NFKC", "".join(map(chr, c))))
        have = got[k] if k < len(got) else "<missing>"
        if have != want:
            bad += 1
            if bad <= 30:
                print(f"mismatch: {' '.join(f'{cp:X}' for cp in c)}: weft {have}, CPython {want}")
    print(f"Unicode {unicodedata.unidata_version}: {singles} single code points, {n} random strings "
          f"(seed {seed}): {bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
