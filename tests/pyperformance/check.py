#!/usr/bin/env python3
"""Runs pyperformance benchmarks unmodified under Weft and under CPython, and checks that
both print the same thing.

    python3 tests/pyperformance/check.py [--weft PATH] [--loops N] [BENCHMARK...]

The benchmarks are not committed: the pyperformance 1.14.0 wheel is fetched from PyPI
(`pip download --no-deps`) into bench/cache/ the first time, and its
data-files/benchmarks/bm_NAME/run_benchmark.py is run as shipped. Both interpreters get
the same minimal pyperf (bench/pyperf/pyperf.py) on PYTHONPATH, which prints each
benchmark's name and the workload's return value (richards returns whether its task
counts came out right) and sends timings to stderr, so stdout must match exactly.
Default benchmark: richards. Exit status 1 if any output differs.
"""
import argparse
import glob
import os
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CACHE = os.path.join(ROOT, "bench", "cache")
VERSION = "1.14.0"


def benchmarks_dir():
    """The unpacked benchmarks of the pyperformance wheel, fetched on first use."""
    dest = os.path.join(CACHE, f"pyperformance-{VERSION}")
    bms = os.path.join(dest, "pyperformance", "data-files", "benchmarks")
    if os.path.isdir(bms):
        return bms
    os.makedirs(CACHE, exist_ok=True)
    wheels = glob.glob(os.path.join(CACHE, f"pyperformance-{VERSION}-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        f"pyperformance=={VERSION}", "-d", CACHE], check=True)
        wheels = glob.glob(os.path.join(CACHE, f"pyperformance-{VERSION}-*.whl"))
    with zipfile.ZipFile(wheels[0]) as z:
        z.extractall(dest)
    return bms


def run(cmd, script, args):
    env = dict(os.environ, PYTHONPATH=os.path.join(ROOT, "bench", "pyperf"))
    p = subprocess.run(cmd + [script] + args, capture_output=True, text=True, env=env,
                       cwd=os.path.dirname(script), timeout=1800)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    default = os.path.join(ROOT, ".build", "release", "weft")
    if not os.path.exists(default):
        default = os.path.join(ROOT, ".build", "debug", "weft")
    ap.add_argument("--weft", default=default)
    ap.add_argument("--loops", default="1")
    ap.add_argument("names", nargs="*", default=["richards"])
    a = ap.parse_args()
    a.weft = os.path.abspath(a.weft)
    bms = benchmarks_dir()
    status = 0
    for name in a.names:
        script = os.path.join(bms, f"bm_{name}", "run_benchmark.py")
        args = ["--loops", a.loops]
        want = run([sys.executable], script, args)
        got = run([a.weft, "run"], script, args)
        if got[:2] == want[:2]:
            print(f"ok   {name}: {got[1].strip()!r}  ({got[2].strip()})")
        else:
            status = 1
            print(f"FAIL {name}: CPython exit {want[0]} printed {want[1]!r}; "
                  f"Weft exit {got[0]} printed {got[1]!r}\n{got[2]}")
    return status


if __name__ == "__main__":
    sys.exit(main())
