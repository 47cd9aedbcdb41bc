"""Conventions of the differential programs in tests/programs, shared by tests/record
and tests/run-programs (Tests/WeftInterpTests/ProgramTests.swift keeps the same rules).

A program is tests/programs/NAME.py (helper modules are mod_*.py and are not programs).
Its expected stdout, stderr and exit status are expected/NAME.out, .err, .status.
Every program runs with tests/programs as the current directory, as `NAME.py ARGS`, so
sys.argv[0] is 'NAME.py'; the absolute path of tests/programs in stdout and stderr is
replaced by <dir> (CPython prints absolute paths in tracebacks).

Directives, in comment lines in the first 20 lines of a program:
  # args: A B C                  program arguments (split on spaces)
  # weft-options: --max-heap=64M extra options for `weft run`; implies hand-written
  # expected-output: hand-written  tests/record does not overwrite the expectation
  # oracle: pypy3                  tests/record runs this interpreter instead of python3
                                 (pypy3: Debian's, for its bundled `stackless` module;
                                 greenlet programs use python3 with `pip install greenlet`)
"""

import os

HERE = os.path.dirname(os.path.realpath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(PROGRAMS, "expected")


class Program:
    def __init__(self, name):
        self.name = name
        self.path = os.path.join(PROGRAMS, name + ".py")
        self.args = []
        self.weft_options = []
        self.hand_written = False
        self.oracle = None
        with open(self.path, encoding="utf-8") as f:
            head = [next(f, "") for _ in range(20)]
        for line in head:
            line = line.strip()
            if line.startswith("# args:"):
                self.args = line[len("# args:"):].split()
            elif line.startswith("# weft-options:"):
                self.weft_options = line[len("# weft-options:"):].split()
                self.hand_written = True
            elif line.startswith("# oracle:"):
                self.oracle = line[len("# oracle:"):].strip()
            elif line.startswith("# expected-output:") and "hand-written" in line:
                self.hand_written = True

    def expected(self, ext):
        return os.path.join(EXPECTED, self.name + "." + ext)


def all_programs():
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS)
                   if f.endswith(".py") and not f.startswith("mod_"))
    return [Program(n) for n in names]


def select(names):
    """The programs named (with or without .py), or all of them."""
    programs = all_programs()
    if not names:
        return programs
    wanted = {os.path.basename(n)[:-3] if n.endswith(".py") else n for n in names}
    found = [p for p in programs if p.name in wanted]
    missing = wanted - {p.name for p in found}
    if missing:
        raise SystemExit("no such program: " + ", ".join(sorted(missing)))
    return found


def normalize(text):
    return text.replace(PROGRAMS, "<dir>")


def read_expected(p):
    def read(ext):
        with open(p.expected(ext), encoding="utf-8", errors="surrogateescape") as f:
            return f.read()
    return read("out"), read("err"), int(read("status").strip())
