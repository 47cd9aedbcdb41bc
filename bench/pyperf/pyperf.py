"""A minimal stand-in for pyperf, enough to run pyperformance benchmarks unmodified.

Runner.bench_func / bench_time_func run the workload a fixed number of times and
print, on stdout, only what does not depend on timing (the benchmark's name and the
workload's result), so the output can be compared with CPython's running the same
shim. The time per call goes to stderr. `--loops N` (default 1) sets the repetitions.
"""

import sys
import time


def perf_counter():
    return time.perf_counter()


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.args = _Args(sys.argv[1:])
        self.argparser = _ArgParser(self.args)

    def parse_args(self):
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        loops = self.args.loops
        result = None
        t0 = time.perf_counter()
        for _ in range(loops):
            result = func(*args)
        elapsed = time.perf_counter() - t0
        return self._report(name, elapsed, loops * (inner_loops or 1), result)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        loops = self.args.loops
        elapsed = time_func(loops, *args)
        return self._report(name, elapsed, loops * (inner_loops or 1), None)

    def _report(self, name, elapsed, calls, result):
        print(name + ": " + repr(result))
        sys.stderr.write("%s: %.3f ms per call (%d calls)\n" % (name, elapsed * 1000.0 / calls, calls))
        return None


class _ArgParser:
    # The benchmark's own options: `--name VALUE` (or `--name=VALUE`) from the command
    # line, converted by `type`, else the default; pyperf's own options are skipped.
    def __init__(self, args):
        self.args = args

    def add_argument(self, flag, type=str, default=None, **kwargs):
        name = flag.lstrip("-").replace("-", "_")
        value = default
        argv = sys.argv[1:]
        for i, a in enumerate(argv):
            if a == flag and i + 1 < len(argv):
                value = type(argv[i + 1])
            elif a.startswith(flag + "="):
                value = type(a[len(flag) + 1:])
        setattr(self.args, name, value)


class _Args:
    def __init__(self, argv):
        self.loops = 1
        i = 0
        while i < len(argv):
            a = argv[i]
            if a == "--loops" and i + 1 < len(argv):
                self.loops = int(argv[i + 1])
                i += 1
            elif a.startswith("--loops="):
                self.loops = int(a[len("--loops="):])
            i += 1
