# format(value, spec): the mini-language for int, bool, str, None and objects (fill, align, sign, #, 0, width, grouping, precision, types)
tests = [(1234567, ['', ',', '_', '010,', '012_', '+,', '_x', '_b', '#_x', '#010_x', ',x', ',c', 'c', '=^10', '*^+12,', 'n', ',n', '.2', 'z',
                    '#c', '+c', 'X', '#X', '#o', '#b', 'e', '.2%', 'g', ',.2f', ',e', '0=10', '0<10', '<010', '>010', 'q', 'xx', 'ss', ' ',
                    '-', '01,', '0,', '011,', '_o', '#_o', '_X', ',d', '\u0661\u0660', '.\u0662f', '00', 'x<+#012_x']),
         (-42, ['', '05', '=5', ' ', '+x', '#x', '#010b', '^9', 'c', '>+8', '=+8', '+08', ' 08', '_', 'b', '#o']),
         (0, ['', '+', 'c', '#x', '#b', '08', ',', 'e', 'g', '%']), (65, ['c', '>5c', '<3c', '^5c', '08c']),
         (10**40, [',', 'e', '_', 'x', '_x', '50,', 'g']), (-10**25, ['+,', '032_', 'X']),
         (True, ['', 'd', '>5', 's', 'x', '.2f', 'c', '^6', '+']), (False, ['', '#x', '05']),
         ('héllo', ['', '10', '^11', '*>9', '.2', '10.3', 's', '=5', '+', ' ', '#', 'z', ',', '_', 'd', '0', '05', '010s', 'x<010', '^', '<', '.0', '.10',
                    '日^9', '\u0665']),
         ('', ['', '5', '*^3', '.0']), (None, ['', 's', '10']), ([1, 2], ['', 'x']), ((1,), ['']), ({'a': 1}, [''])]
for v, specs in tests:
    for s in specs:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
class G:
    def __str__(self):
        return 'G-str'
class H:
    def __format__(self, spec):
        return 5
for v in [F(), G()]:
    for s in ['', 'x', '>10']:
        try:
            print(type(v).__name__, repr(s), repr(format(v, s)))
        except Exception as e:
            print(type(v).__name__, repr(s), type(e).__name__, e)
for bad in [lambda: format(H()), lambda: format(1, 2), lambda: format(), lambda: format(1, 'x', 3), lambda: (5).__format__(1), lambda: (5).__format__(),
            lambda: format(1, '99999999999999999999'), lambda: format(1.5, '.99999999999999999999')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print((255).__format__('x'), (2.5).__format__('.2f'), 'ab'.__format__('>4'), True.__format__(''), int.__format__(True, 'd'), object.__format__(5, ''), object.__format__(G(), ''))
