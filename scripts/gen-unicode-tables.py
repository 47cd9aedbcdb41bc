#!/usr/bin/env python3
"""Writes Sources/WeftSyntax/UnicodeTables.swift and Sources/WeftInterp/UnicodeData.swift
from CPython's unicodedata and str methods, so that Weft's notion of characters
(printable, alpha, digits, spaces, case mappings) is the Unicode version CPython 3.11
uses (14.0), not whatever the Swift runtime ships.

    python3 scripts/gen-unicode-tables.py
"""
import os, sys, unicodedata

def toggles(pred):
    out, state = [], False
    for cp in range(0x110000):
        v = pred(cp)
        if v != state:
            out.append(cp)
            state = v
    return out

def printable(cp):
    return chr(cp).isprintable()

def swift_array(name, values, doc):
    lines = [f"/// {doc}", f"let {name}: [UInt32] = ["]
    row = []
    for v in values:
        row.append(f"0x{v:X},")
        if len(row) == 12:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("]")
    return "\n".join(lines)

SINGLE_BYTE = ["cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "koi8_r", "koi8_u",
               "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_7", "iso8859_9",
               "iso8859_13", "iso8859_15", "mac_roman", "cp437", "cp850", "cp866"]

def codec_tables():
    import encodings.aliases
    lines = ["/// Single-byte source encodings: the characters of bytes 0x80...0xFF (0xFFFF: undefined).",
             "let singleByteCodecs: [String: [UInt16]] = ["]
    for name in SINGLE_BYTE:
        chars = []
        for b in range(0x80, 0x100):
            try:
                chars.append(ord(bytes([b]).decode(name)))
            except UnicodeDecodeError:
                chars.append(0xFFFF)
        lines.append(f'    "{name}": [' + ", ".join(f"0x{c:X}" for c in chars) + "],")
    lines.append("]")
    wanted = set(SINGLE_BYTE) | {"utf_8", "latin_1", "ascii"}
    lines.append("")
    lines.append("/// Codec aliases (Python's encodings.aliases, normalized: lowercase, '-' and ' ' as '_').")
    lines.append("let codecAliases: [String: String] = [")
    pairs = sorted((a, c) for a, c in encodings.aliases.aliases.items() if c in wanted)
    pairs += [(c, c) for c in sorted(wanted)]
    for a, c in pairs:
        lines.append(f'    "{a}": "{c}",')
    lines.append("]")
    return "\n".join(lines)

# Character properties of the runtime, one bit each (UnicodeData.swift: CharFlag).
def _cased(c):
    return (chr(c) + 'a').title().endswith('a')

def _case_ignorable(c):
    # Final-sigma probes: 'AΣx' lowers Σ to ς iff x is case-ignorable or not cased;
    # 'AxΣ' iff x is case-ignorable or cased.
    if 0xD800 <= c < 0xE000:
        return False
    ch = chr(c)
    return ('A\u03a3' + ch).lower()[1] == '\u03c2' and ('A' + ch + '\u03a3').lower()[-1] == '\u03c2'

PROPERTIES = [
    ("alpha", lambda c: chr(c).isalpha()),
    ("decimal", lambda c: chr(c).isdecimal()),
    ("digit", lambda c: chr(c).isdigit()),
    ("numeric", lambda c: chr(c).isnumeric()),
    ("space", lambda c: chr(c).isspace()),
    ("upper", lambda c: chr(c).isupper()),
    ("lower", lambda c: chr(c).islower()),
    ("title", lambda c: chr(c).istitle() and not chr(c).isupper()),
    ("xidStart", lambda c: chr(c).isidentifier()),
    ("xidContinue", lambda c: ('a' + chr(c)).isidentifier()),
    ("cased", _cased),
    ("caseIgnorable", _case_ignorable),
]

def property_runs():
    """Runs of equal property sets: start << 5 | index into the distinct flag sets."""
    runs, prev, sets = [], None, []
    for cp in range(0x110000):
        f = 0
        for i, (_, pred) in enumerate(PROPERTIES):
            if pred(cp):
                f |= 1 << i
        if f != prev:
            if f not in sets:
                sets.append(f)
            runs.append(cp << 5 | sets.index(f))
            prev = f
    assert len(sets) <= 32
    return runs, sets

def case_tables(name, fn):
    """One-character mappings as runs (start, end, delta, stride) and longer ones apart."""
    single, multi = [], []
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        r = fn(c)
        if r == c:
            continue
        if len(r) == 1:
            single.append((cp, ord(r) - cp))
        else:
            multi.append((cp, r))
    runs = []
    for cp, d in single:
        if runs:
            s, e, dd, st = runs[-1]
            if dd == d and cp - e in (1, 2) and (st == 0 or cp - e == st):
                runs[-1] = (s, cp, d, cp - e)
                continue
        runs.append((cp, cp, d, 0))
    flat = []
    for s, e, d, st in runs:
        flat += [s, e, d, max(st, 1)]
    special = []
    for cp, r in multi:
        special += [cp, len(r)] + [ord(x) for x in r]
    return flat, special

def int_array(name, values, doc, type_="UInt32", hexa=True):
    lines = [f"/// {doc}", f"let {name}: [{type_}] = ["]
    row = []
    for v in values:
        row.append((f"0x{v:X}," if v >= 0 else f"-0x{-v:X},") if hexa else f"{v},")
        if len(row) == 12:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("]")
    return "\n".join(lines)

def runtime_tables():
    import unicodedata
    runs, sets = property_runs()
    out = [
        "// generated by scripts/gen-unicode-tables.py — do not edit.",
        f"// Unicode {unicodedata.unidata_version}, from CPython {sys.version.split()[0]}.",
        "",
        "/// Character property bits (one per str predicate CPython keeps per character).",
        "struct CharFlag {",
    ]
    for i, (n, _) in enumerate(PROPERTIES):
        out.append(f"    static let {n}: UInt16 = {1 << i}")
    out += ["}", ""]
    out.append(int_array("charFlagSets", sets, "The distinct property sets, indexed by the low 5 bits of a run.", "UInt16", hexa=False))
    out.append("")
    out.append(int_array("charPropertyRuns", runs, "Runs of characters with equal properties: start << 5 | index into charFlagSets."))
    out.append("")
    for name, fn in [("lower", str.lower), ("upper", str.upper), ("title", str.title), ("fold", str.casefold)]:
        flat, special = case_tables(name, fn)
        out.append(int_array(name + "Runs", flat, f"str.{'casefold' if name == 'fold' else name}() of one character: runs of (first, last, delta, stride).", "Int32"))
        out.append("")
        out.append(int_array(name + "Special", special, "Characters mapping to several: (character, count, mapping...).", "UInt32"))
        out.append("")
    zeros = [cp for cp in range(0x110000) if chr(cp).isdecimal() and unicodedata.decimal(chr(cp)) == 0]
    for cp in range(0x110000):
        if chr(cp).isdecimal():
            assert unicodedata.decimal(chr(cp - unicodedata.decimal(chr(cp)))) == 0
    out.append(int_array("decimalZeros", zeros, "The digit zero of every run of decimal digits (each run is 0...9)."))
    out.append("")
    return "\n".join(out)

def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = os.path.join(root, "Sources", "WeftSyntax", "UnicodeTables.swift")
    body = [
        "// generated by scripts/gen-unicode-tables.py — do not edit.",
        f"// Unicode {unicodedata.unidata_version}, from CPython {sys.version.split()[0]}.",
        "",
        swift_array("printableToggles", toggles(printable),
                    "Code points where str.isprintable() changes value, starting from False at 0."),
        "",
        codec_tables(),
        "",
    ]
    with open(path, "w") as f:
        f.write("\n".join(body))
    print(f"wrote {path}")
    path = os.path.join(root, "Sources", "WeftInterp", "UnicodeData.swift")
    with open(path, "w") as f:
        f.write(runtime_tables())
    print(f"wrote {path}")

if __name__ == "__main__":
    main()
