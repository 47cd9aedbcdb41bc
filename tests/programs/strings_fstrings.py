# f-strings: conversions, specs, nested fields, '=' debugging, user __format__/__str__/__repr__
class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
class Q:
    def __repr__(self):
        return 'Q-repr'
p, q = P(), Q()
x, width, prec = 3.14159, 10, 3
name = 'wörld'
print(f'{p}|{p!r}|{p:zz}|{p!s:>7}|{p!a}|{q}|{q!s}|{q!r:>8}|')
print(f'{x}|{x:.2f}|{x:{width}.{prec}}|{x:>{width}}|{x!r}|{x=}|{x=:.1f}|{x = }|{name=}|{name!a}|{name:*^11}|')
print(f'{10:#x} {255:08b} {-3:+} {1e100} {1e-7} {123.0} {2**70} {True:d} {None} {None!r:>6} {"abc":*^9}{"":>3}|')
print(f'{[1, "a"]} {(1,)} {{}} {{{x}}} {"{"} {"}"}', f'{1}{2}{3}', f'{"nested " + f"{x:.1f}"}', f'{"日本"!a}', f'{p=}', f'{q=!s}')
print(f'{3:{"^"}{5}}|{"x":{"<"}{4}}|', f'{b"bytes"}', f'{p!s:{"*"}>{9}}', f'{12345678:,}', f'{0.5:%}', f'{x!s:.3}')
for v in [0, -1, 255, 3.5, -0.0, 'txt', 1e21]:
    print(f'{v!r:>8}|{v!s:<8}|{v}|')
def f(val, spec):
    return f'{val:{spec}}'
for spec in ['', '>6', '08.3f', ',', 'e']:
    print(repr(spec), f(1234.5, spec), f(-7, spec.replace('.3f', 'd')) if 'f' in spec else f(-7, spec))
try:
    print(f'{p:{1}}')
    print(f'{1:z}')
except ValueError as e:
    print('ValueError', e)
try:
    print(f'{"x":d}')
except ValueError as e:
    print('ValueError', e)
try:
    print(f'{None:>4}')
except TypeError as e:
    print('TypeError', e)
