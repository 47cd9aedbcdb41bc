// pyperf: what pyperformance's benchmarks use of the pyperf package, written from its
// documentation (https://pyperf.readthedocs.io). Weft cannot spawn worker processes, so
// everything runs in this process: `--warmups` warm-up values, then `--values` timed
// values of `--loops` loops each (calibrated to --min-time when 0). The result line and
// `-o FILE` JSON have pyperf's shapes. A `pyperf` found on sys.path is used instead.

let libPyperf = #"""
import sys as _sys
import time as _time

__version__ = '2.6.0'
perf_counter = _time.perf_counter


class _Namespace:
    def __repr__(self):
        return 'Namespace(' + ', '.join(k + '=' + repr(v) for k, v in self.__dict__.items()) + ')'


class _Option:
    def __init__(self, names, kw):
        self.names = names
        self.action = kw.get('action', 'store')
        self.type = kw.get('type')
        self.choices = kw.get('choices')
        self.help = kw.get('help', '')
        self.nargs = kw.get('nargs')
        long = [n for n in names if n.startswith('--')]
        dest = kw.get('dest') or (long[0] if long else names[0]).lstrip('-').replace('-', '_')
        self.dest = dest
        if 'default' in kw:
            self.default = kw['default']
        elif self.action == 'store_true':
            self.default = False
        elif self.action == 'store_false':
            self.default = True
        else:
            self.default = None
        self.positional = not names[0].startswith('-')


class ArgumentParser:
    """The subset of argparse.ArgumentParser that benchmarks call on runner.argparser."""

    def __init__(self, prog=None, description=None):
        self.prog = prog or _sys.argv[0].rpartition('/')[2]
        self.description = description
        self.options = []

    def add_argument(self, *names, **kw):
        opt = _Option(names, kw)
        self.options.append(opt)
        return opt

    def error(self, message):
        _sys.stderr.write('usage: ' + self.prog + ' [options]\n')
        _sys.stderr.write(self.prog + ': error: ' + message + '\n')
        raise SystemExit(2)

    def print_help(self):
        print('usage: ' + self.prog + ' [options]')
        if self.description:
            print()
            print(self.description)
        print()
        print('options:')
        for o in self.options:
            print('  ' + ', '.join(o.names).ljust(24) + ' ' + o.help)

    def _convert(self, opt, text):
        value = text
        if opt.type is not None:
            try:
                value = opt.type(text)
            except (TypeError, ValueError):
                self.error('argument ' + '/'.join(opt.names) + ': invalid ' + opt.type.__name__
                           + ' value: ' + repr(text))
        if opt.choices is not None and value not in opt.choices:
            self.error('argument ' + '/'.join(opt.names) + ': invalid choice: ' + repr(value))
        return value

    def parse_args(self, args=None):
        if args is None:
            args = _sys.argv[1:]
        ns = _Namespace()
        for o in self.options:
            setattr(ns, o.dest, o.default)
        positional = [o for o in self.options if o.positional]
        i = 0
        while i < len(args):
            a = args[i]
            i += 1
            if a in ('-h', '--help'):
                self.print_help()
                raise SystemExit(0)
            if not a.startswith('-') or a == '-':
                if not positional:
                    self.error('unrecognized arguments: ' + a)
                o = positional.pop(0)
                setattr(ns, o.dest, self._convert(o, a))
                continue
            name, eq, inline = a.partition('=')
            opt = None
            for o in self.options:
                if name in o.names:
                    opt = o
            if opt is None:
                self.error('unrecognized arguments: ' + a)
            if opt.action == 'store_true':
                setattr(ns, opt.dest, True)
            elif opt.action == 'store_false':
                setattr(ns, opt.dest, False)
            else:
                if eq:
                    text = inline
                elif i < len(args):
                    text = args[i]
                    i += 1
                else:
                    self.error('argument ' + '/'.join(opt.names) + ': expected one argument')
                value = self._convert(opt, text)
                if opt.action == 'append':
                    old = getattr(ns, opt.dest)
                    setattr(ns, opt.dest, (old or []) + [value])
                else:
                    setattr(ns, opt.dest, value)
        return ns


def _format_seconds(seconds):
    for unit, scale in (('sec', 1.0), ('ms', 1e-3), ('us', 1e-6), ('ns', 1e-9)):
        if seconds >= scale or unit == 'ns':
            value = seconds / scale
            break
    if value >= 100:
        return '%.0f %s' % (value, unit)
    if value >= 10:
        return '%.1f %s' % (value, unit)
    return '%.2f %s' % (value, unit)


def _mean_stdev(values):
    mean = sum(values) / len(values)
    if len(values) < 2:
        return mean, None
    var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
    return mean, var ** 0.5


def _json(value):
    if value is None:
        return 'null'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for c in value:
            if c == '"' or c == '\\':
                out += '\\' + c
            elif ord(c) < 0x20:
                out += '\\u%04x' % ord(c)
            else:
                out += c
        return out + '"'
    if isinstance(value, dict):
        return '{' + ', '.join(_json(str(k)) + ': ' + _json(v) for k, v in value.items()) + '}'
    return '[' + ', '.join(_json(v) for v in value) + ']'


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=None):
        self.metadata = dict(metadata) if metadata else {}
        self.show_name = show_name
        self.args = None
        self._benchmarks = []
        p = _argparser or ArgumentParser()
        p.add_argument('-l', '--loops', type=int, default=loops,
                       help='loops per value (0: calibrate to --min-time)')
        p.add_argument('-n', '--values', type=int, default=values or 3, help='timed values')
        p.add_argument('-w', '--warmups', type=int, default=1 if warmups is None else warmups,
                       help='warm-up values')
        p.add_argument('-p', '--processes', type=int, default=processes or 1,
                       help='ignored: Weft runs every value in this process')
        p.add_argument('--min-time', type=float, default=min_time,
                       help='minimum seconds per value when calibrating loops')
        p.add_argument('-o', '--output', help='write the results to this JSON file')
        p.add_argument('--append', help='ignored')
        p.add_argument('-q', '--quiet', action='store_true', help='print only the result')
        p.add_argument('-v', '--verbose', action='store_true', help='ignored')
        p.add_argument('--fast', action='store_true', help='fewer values')
        p.add_argument('--rigorous', action='store_true', help='more values')
        p.add_argument('--debug-single-value', action='store_true',
                       help='one value of one loop, no warm-up')
        p.add_argument('--inherit-environ', help='ignored')
        p.add_argument('--no-locale', action='store_true', help='ignored')
        p.add_argument('--worker', action='store_true', help='ignored')
        self.argparser = p

    def parse_args(self, args=None):
        if self.args is None:
            a = self.argparser.parse_args(args)
            if a.debug_single_value:
                a.values, a.loops, a.warmups = 1, 1, 0
            if a.fast:
                a.values = max(1, a.values // 2)
            if a.rigorous:
                a.values *= 2
            if a.values < 1 or a.warmups < 0 or a.loops < 0:
                self.argparser.error('--values must be >= 1, --loops and --warmups >= 0')
            self.args = a
        return self.args

    def _measure(self, name, timer, inner_loops, metadata):
        a = self.parse_args()
        inner = inner_loops or 1
        loops = a.loops
        warmups = []
        if loops == 0:
            loops = 1
            while True:
                elapsed = timer(loops)
                warmups.append([loops, elapsed / (loops * inner)])
                if elapsed >= a.min_time or loops >= 2 ** 32:
                    break
                loops *= 2
        for _ in range(a.warmups):
            warmups.append([loops, timer(loops) / (loops * inner)])
        values = []
        for _ in range(a.values):
            values.append(timer(loops) / (loops * inner))
            if not a.quiet:
                _sys.stdout.write('.')
                _sys.stdout.flush()
        if not a.quiet:
            _sys.stdout.write('\n')
        mean, stdev = _mean_stdev(values)
        text = _format_seconds(mean)
        if stdev is not None:
            text = 'Mean +- std dev: ' + text + ' +- ' + _format_seconds(stdev)
        print(name + ': ' + text if self.show_name else text)
        md = dict(self.metadata)
        md.update(metadata or {})
        md.update({'name': name, 'loops': loops, 'unit': 'second'})
        if inner_loops:
            md['inner_loops'] = inner_loops
        bench = {'metadata': md, 'runs': [{'metadata': {}, 'warmups': warmups, 'values': values}]}
        self._benchmarks.append(bench)
        if a.output:
            doc = {'version': '1.0',
                   'metadata': {'python_implementation': 'weft', 'perf_version': __version__},
                   'benchmarks': self._benchmarks}
            with open(a.output, 'w') as f:
                f.write(_json(doc) + '\n')
        return Benchmark(bench)

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        def timer(loops):
            t0 = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - t0
        return self._measure(name, timer, inner_loops, metadata)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        return self._measure(name, lambda loops: time_func(loops, *args), inner_loops, metadata)


class Benchmark:
    def __init__(self, data):
        self._data = data

    def get_name(self):
        return self._data['metadata']['name']

    def get_values(self):
        return tuple(v for run in self._data['runs'] for v in run['values'])

    def mean(self):
        return _mean_stdev(self.get_values())[0]
"""#
