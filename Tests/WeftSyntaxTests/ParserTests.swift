// Golden tests of the parser: ast.dump of small snippets, byte for byte. The expected
// strings were recorded from CPython 3.11.7 with
//     python3 -c "import ast, sys; print(ast.dump(ast.parse(sys.argv[1])))" SOURCE
// so that the tests run where CPython is absent. Regenerate them the same way when a case
// is added; never edit an expected string by hand.

import Testing
@testable import WeftSyntax

private func dump(_ source: String) throws -> String {
    let file = try SourceFile.decode(path: "<test>", raw: Array(source.utf8))
    return astDump(try Parser.parse(file))
}

/// (source, CPython's ast.dump) grouped by what they exercise.
let parserGoldenCases: [(String, String)] = [
    // MARK: Simple statements
    (#"pass"#,
     #"Module(body=[Pass()], type_ignores=[])"#),
    (#"x = 1"#,
     #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#),
    (#"a = b = c"#,
     #"Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#),
    (#"a, b = b, a"#,
     #"Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"#),
    (#"""
        x += 1
        x -= 1
        x *= 1
        x /= 1
        x //= 1
        x %= 1
        x **= 1
        x @= 1
        x &= 1
        x |= 1
        x ^= 1
        x <<= 1
        x >>= 1

        """#,
     #"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mult(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Div(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Mod(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitAnd(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitOr(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=LShift(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=RShift(), value=Constant(value=1))], type_ignores=[])"#),
    (#"""
        x: int
        y: list[int] = []
        (z): int = 1
        a.b: str
        c[0]: float = 0.5

        """#,
     #"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='int', ctx=Load()), ctx=Load()), value=List(elts=[], ctx=Load()), simple=1), AnnAssign(target=Name(id='z', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0), AnnAssign(target=Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='float', ctx=Load()), value=Constant(value=0.5), simple=0)], type_ignores=[])"#),
    (#"del a, b[0], c.d, (e, f), [g]"#,
     #"Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del()), Tuple(elts=[Name(id='e', ctx=Del()), Name(id='f', ctx=Del())], ctx=Del()), List(elts=[Name(id='g', ctx=Del())], ctx=Del())])], type_ignores=[])"#),
    (#"""
        assert x
        assert x, 'message'

        """#,
     #"Module(body=[Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='message'))], type_ignores=[])"#),
    (#"""
        raise
        raise E
        raise E from cause
        raise E from None

        """#,
     #"Module(body=[Raise(), Raise(exc=Name(id='E', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='cause', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Constant(value=None))], type_ignores=[])"#),
    (#"return"#,
     #"Module(body=[Return()], type_ignores=[])"#),
    (#"""
        def f():
            return 1, 2

        """#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], decorator_list=[])], type_ignores=[])"#),
    (#"""
        global a, b
        nonlocal c

        """#,
     #"Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c'])], type_ignores=[])"#),
    (#"a; b; c;"#,
     #"Module(body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load())), Expr(value=Name(id='c', ctx=Load()))], type_ignores=[])"#),
    (#"""
        for x in y:
            break
        else:
            continue

        """#,
     #"Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"#),
    // MARK: Imports
    (#"""
        import a
        import a.b.c
        import a as b, c.d as e

        """#,
     #"Module(body=[Import(names=[alias(name='a')]), Import(names=[alias(name='a.b.c')]), Import(names=[alias(name='a', asname='b'), alias(name='c.d', asname='e')])], type_ignores=[])"#),
    (#"""
        from a import b
        from a.b import c as d, e
        from . import x
        from .. import y
        from ...pkg.mod import z
        from .... import w

        """#,
     #"Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0), ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=0), ImportFrom(names=[alias(name='x')], level=1), ImportFrom(names=[alias(name='y')], level=2), ImportFrom(module='pkg.mod', names=[alias(name='z')], level=3), ImportFrom(names=[alias(name='w')], level=4)], type_ignores=[])"#),
    (#"""
        from a import (b, c,)
        from a import *

        """#,
     #"Module(body=[ImportFrom(module='a', names=[alias(name='b'), alias(name='c')], level=0), ImportFrom(module='a', names=[alias(name='*')], level=0)], type_ignores=[])"#),
    // MARK: Compound statements
    (#"""
        if a:
            pass
        elif b:
            pass
        elif c:
            pass
        else:
            pass

        """#,
     #"Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"#),
    (#"""
        while x:
            x -= 1
        else:
            done()

        """#,
     #"Module(body=[While(test=Name(id='x', ctx=Load()), body=[AugAssign(target=Name(id='x', ctx=Store()), op=Sub(), value=Constant(value=1))], orelse=[Expr(value=Call(func=Name(id='done', ctx=Load()), args=[], keywords=[]))])], type_ignores=[])"#),
    (#"""
        for i, (j, k) in enumerate(pairs):
            print(i)
        else:
            pass

        """#,
     #"Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Tuple(elts=[Name(id='j', ctx=Store()), Name(id='k', ctx=Store())], ctx=Store())], ctx=Store()), iter=Call(func=Name(id='enumerate', ctx=Load()), args=[Name(id='pairs', ctx=Load())], keywords=[]), body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='i', ctx=Load())], keywords=[]))], orelse=[Pass()])], type_ignores=[])"#),
    (#"for x, in y: pass"#,
     #"Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#),
    (#"""
        with a: pass
        with a as b, c as (d, e): pass

        """#,
     #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Tuple(elts=[Name(id='d', ctx=Store()), Name(id='e', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[])"#),
    (#"""
        with (a as b, c as d,):
            pass
        with (a, b):
            pass
        with (yield):
            pass

        """#,
     #"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Yield())], body=[Pass()])], type_ignores=[])"#),
    (#"""
        try:
            pass
        except E:
            pass
        except (A, B) as e:
            pass
        except:
            pass
        else:
            pass
        finally:
            pass

        """#,
     #"Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"#),
    (#"""
        try:
            pass
        finally:
            cleanup()

        """#,
     #"Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Expr(value=Call(func=Name(id='cleanup', ctx=Load()), args=[], keywords=[]))])], type_ignores=[])"#),
    (#"""
        try:
            pass
        except* ValueError as eg:
            pass
        except* (TypeError, KeyError):
            pass

        """#,
     #"Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load()), name='eg', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='TypeError', ctx=Load()), Name(id='KeyError', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"#),
    (#"""
        class C: pass
        class D(B1, B2, metaclass=M, **kw): x = 1
        class E(): pass

        """#,
     #"Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[]), ClassDef(name='D', bases=[Name(id='B1', ctx=Load()), Name(id='B2', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[]), ClassDef(name='E', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"""
        def f():
            '''docstring'''
            yield
            yield x
            y = yield from g()

        """#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='docstring')), Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[])))], decorator_list=[])], type_ignores=[])"#),
    (#"""
        async def f():
            await x
            async for a in b:
                pass
            else:
                pass
            async with a as b, c:
                pass

        """#,
     #"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[])"#),
    (#"""
        if x:
            if y:
                pass
            else:
                pass

        # comment


        z = 1 \
          + 2

        """#,
     #"Module(body=[If(test=Name(id='x', ctx=Load()), body=[If(test=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], orelse=[]), Assign(targets=[Name(id='z', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"#),
    // MARK: Decorators
    (#"""
        @dec
        def f(): pass

        """#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])"#),
    (#"""
        @a.b.c
        @d(e, f=g)
        @h[0]
        @(lambda f: f)
        @x if y else z
        class C: pass

        """#,
     #"Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), Call(func=Name(id='d', ctx=Load()), args=[Name(id='e', ctx=Load())], keywords=[keyword(arg='f', value=Name(id='g', ctx=Load()))]), Subscript(value=Name(id='h', ctx=Load()), slice=Constant(value=0), ctx=Load()), Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load())), IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load()))])], type_ignores=[])"#),
    (#"""
        @dec
        async def f() -> int: pass

        """#,
     #"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load())], returns=Name(id='int', ctx=Load()))], type_ignores=[])"#),
    // MARK: Parameters
    (#"def f(a, b=1, *args, c, d=2, **kwargs): pass"#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kwargs'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a, b, /, c, d=1, *, e, f=2): pass"#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c'), arg(arg='d')], kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=2)], defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a=1, /, b=2, *, c): pass"#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"""
        def f(*, a): pass
        def g(*a): pass
        def h(**k): pass

        """#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='h', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"def f(a: int, b: 'str' = '', *args: tuple, c: float = 1.0, **kw: dict) -> None: pass"#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load())), arg(arg='b', annotation=Constant(value='str'))], vararg=arg(arg='args', annotation=Name(id='tuple', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Name(id='float', ctx=Load()))], kw_defaults=[Constant(value=1.0)], kwarg=arg(arg='kw', annotation=Name(id='dict', ctx=Load())), defaults=[Constant(value='')]), body=[Pass()], decorator_list=[], returns=Constant(value=None))], type_ignores=[])"#),
    (#"""
        def f(a, /): pass
        def g(a, b=1, /, *c, **d): pass

        """#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='g', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[], vararg=arg(arg='c'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='d'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[])], type_ignores=[])"#),
    (#"""
        lambda: 0
        lambda x: x
        lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
        lambda *, k: k

        """#,
     #"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load()))), Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=Name(id='k', ctx=Load())))], type_ignores=[])"#),
    // MARK: Expressions
    (#"""
        a or b or c
        a and b and c
        a or b and c
        not a
        not not a

        """#,
     #"Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])), Expr(value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])), Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])])), Expr(value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))), Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"#),
    (#"a + b - c * d / e // f % g @ h ** i ** j"#,
     #"Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=Name(id='g', ctx=Load())), op=MatMult(), right=BinOp(left=Name(id='h', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='i', ctx=Load()), op=Pow(), right=Name(id='j', ctx=Load()))))))], type_ignores=[])"#),
    (#"a | b ^ c & d << e >> f"#,
     #"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[])"#),
    (#"""
        -a
        +a
        ~a
        -1
        - -1
        -(1)
        2**-1
        -2**2

        """#,
     #"Module(body=[Expr(value=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load()))), Expr(value=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load()))), Expr(value=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load()))), Expr(value=UnaryOp(op=USub(), operand=Constant(value=1))), Expr(value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Constant(value=1)))), Expr(value=UnaryOp(op=USub(), operand=Constant(value=1))), Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)))), Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"#),
    (#"a < b <= c > d >= e == f != g in h not in i is j is not k"#,
     #"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq(), In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[])"#),
    (#"""
        x if y else z
        a if b else c if d else e

        """#,
     #"Module(body=[Expr(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load()))), Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"#),
    (#"""
        f()
        f(a, b)
        f(a, *b, c=1, **d)
        f(*a, *b, **c, **d)
        f(a for a in b)
        f(x=1, *y)

        """#,
     #"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])], keywords=[])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='y', ctx=Load()), ctx=Load())], keywords=[keyword(arg='x', value=Constant(value=1))]))], type_ignores=[])"#),
    (#"""
        a.b.c
        a[b]
        a[b][c]
        a.b[c].d()

        """#,
     #"Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load())), Expr(value=Call(func=Attribute(value=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()), args=[], keywords=[]))], type_ignores=[])"#),
    (#"""
        a[1:2]
        a[:]
        a[::]
        a[1:2:3]
        a[::2]
        a[:, 1]
        a[1:2, ::3, ...]
        a[i, j]
        a[()]
        a[*b]
        a[1:2,]

        """#,
     #"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=1)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Constant(value=Ellipsis)], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2))], ctx=Load()), ctx=Load()))], type_ignores=[])"#),
    (#"""
        (a := 1)
        if (n := len(x)) > 10: pass
        f(y := 2)
        [z := 1, 2]
        a[b := 1]
        while chunk := read(): pass

        """#,
     #"Module(body=[Expr(value=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=1))), If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[]), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=2))], keywords=[])), Expr(value=List(elts=[NamedExpr(target=Name(id='z', ctx=Store()), value=Constant(value=1)), Constant(value=2)], ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load())), While(test=NamedExpr(target=Name(id='chunk', ctx=Store()), value=Call(func=Name(id='read', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ignores=[])"#),
    (#"""
        x = *a, *b
        *a, b = c
        a, *b = c
        [a, *b] = c
        for *a, b in c: pass

        """#,
     #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())), Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#),
    (#"""
        (a, b)
        ()
        (a,)
        [a, b]
        []
        {a, b}
        {}
        {a: b, **c, d: e}
        {**a}

        """#,
     #"Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())), Expr(value=Tuple(elts=[], ctx=Load())), Expr(value=Tuple(elts=[Name(id='a', ctx=Load())], ctx=Load())), Expr(value=List(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())), Expr(value=List(elts=[], ctx=Load())), Expr(value=Set(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())])), Expr(value=Dict(keys=[], values=[])), Expr(value=Dict(keys=[Name(id='a', ctx=Load()), None, Name(id='d', ctx=Load())], values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='e', ctx=Load())])), Expr(value=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))], type_ignores=[])"#),
    (#"""
        await x
        yield
        yield from y

        """#,
     #"Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), Expr(value=Yield()), Expr(value=YieldFrom(value=Name(id='y', ctx=Load())))], type_ignores=[])"#),
    (#"""
        ...
        None
        True
        False

        """#,
     #"Module(body=[Expr(value=Constant(value=Ellipsis)), Expr(value=Constant(value=None)), Expr(value=Constant(value=True)), Expr(value=Constant(value=False))], type_ignores=[])"#),
    (#"""
        a.b = c
        a[b] = c
        a[b:c] = d
        (a) = b
        ((a)) = b

        """#,
     #"Module(body=[Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), ctx=Store())], value=Name(id='d', ctx=Load())), Assign(targets=[Name(id='a', ctx=Store())], value=Name(id='b', ctx=Load())), Assign(targets=[Name(id='a', ctx=Store())], value=Name(id='b', ctx=Load()))], type_ignores=[])"#),
    (#"""
        print(*args, sep='')
        f(**{'a': 1})

        """#,
     #"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))])), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a')], values=[Constant(value=1)]))]))], type_ignores=[])"#),
    // MARK: Comprehensions
    (#"""
        [x for x in y]
        {x for x in y}
        {k: v for k, v in items}
        (x for x in y)

        """#,
     #"Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='items', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#),
    (#"[x * y for x in a if x for y in b if y if y > 1]"#,
     #"Module(body=[Expr(value=ListComp(elt=BinOp(left=Name(id='x', ctx=Load()), op=Mult(), right=Name(id='y', ctx=Load())), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[Name(id='y', ctx=Load()), Compare(left=Name(id='y', ctx=Load()), ops=[Gt()], comparators=[Constant(value=1)])], is_async=0)]))], type_ignores=[])"#),
    (#"[(x, y) for x in [y for y in z] for (y) in x]"#,
     #"Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)]), ifs=[], is_async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#),
    (#"""
        async def f():
            [x async for x in y]
            {await x for x in y}
            (x async for x in aiter() if await x)

        """#,
     #"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)])), Expr(value=SetComp(elt=Await(value=Name(id='x', ctx=Load())), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Call(func=Name(id='aiter', ctx=Load()), args=[], keywords=[]), ifs=[Await(value=Name(id='x', ctx=Load()))], is_async=1)]))], decorator_list=[])], type_ignores=[])"#),
    (#"[i for i in range(3) if (j := i)]"#,
     #"Module(body=[Expr(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[NamedExpr(target=Name(id='j', ctx=Store()), value=Name(id='i', ctx=Load()))], is_async=0)]))], type_ignores=[])"#),
    // MARK: Numbers
    (#"""
        0
        1
        00
        0_0
        123
        1_000_000

        """#,
     #"Module(body=[Expr(value=Constant(value=0)), Expr(value=Constant(value=1)), Expr(value=Constant(value=0)), Expr(value=Constant(value=0)), Expr(value=Constant(value=123)), Expr(value=Constant(value=1000000))], type_ignores=[])"#),
    (#"""
        0x0
        0xdeadBEEF
        0X_ff
        0o17
        0O_7
        0b1010
        0B_1_0

        """#,
     #"Module(body=[Expr(value=Constant(value=0)), Expr(value=Constant(value=3735928559)), Expr(value=Constant(value=255)), Expr(value=Constant(value=15)), Expr(value=Constant(value=7)), Expr(value=Constant(value=10)), Expr(value=Constant(value=2))], type_ignores=[])"#),
    (#"""
        123456789012345678901234567890
        0xffffffffffffffffffffffffffffffff
        -9223372036854775808
        18446744073709551616

        """#,
     #"Module(body=[Expr(value=Constant(value=123456789012345678901234567890)), Expr(value=Constant(value=340282366920938463463374607431768211455)), Expr(value=UnaryOp(op=USub(), operand=Constant(value=9223372036854775808))), Expr(value=Constant(value=18446744073709551616))], type_ignores=[])"#),
    (#"""
        0.0
        1.5
        1.
        .5
        1e10
        1E-10
        1_0.0_1e+1_0
        3.14159265358979323846
        1e308
        1e309
        1e-400
        2.2250738585072014e-308
        5e-324

        """#,
     #"Module(body=[Expr(value=Constant(value=0.0)), Expr(value=Constant(value=1.5)), Expr(value=Constant(value=1.0)), Expr(value=Constant(value=0.5)), Expr(value=Constant(value=10000000000.0)), Expr(value=Constant(value=1e-10)), Expr(value=Constant(value=100100000000.0)), Expr(value=Constant(value=3.141592653589793)), Expr(value=Constant(value=1e+308)), Expr(value=Constant(value=inf)), Expr(value=Constant(value=0.0)), Expr(value=Constant(value=2.2250738585072014e-308)), Expr(value=Constant(value=5e-324))], type_ignores=[])"#),
    (#"""
        1e16
        1e15
        123456789012345678.0
        0.0001
        0.00001
        1.7976931348623157e308
        0.1

        """#,
     #"Module(body=[Expr(value=Constant(value=1e+16)), Expr(value=Constant(value=1000000000000000.0)), Expr(value=Constant(value=1.2345678901234568e+17)), Expr(value=Constant(value=0.0001)), Expr(value=Constant(value=1e-05)), Expr(value=Constant(value=1.7976931348623157e+308)), Expr(value=Constant(value=0.1))], type_ignores=[])"#),
    (#"""
        1j
        1.5j
        1e3J
        0j
        1_0j
        .5j
        1e400j
        0.1j

        """#,
     #"Module(body=[Expr(value=Constant(value=1j)), Expr(value=Constant(value=1.5j)), Expr(value=Constant(value=1000j)), Expr(value=Constant(value=0j)), Expr(value=Constant(value=10j)), Expr(value=Constant(value=0.5j)), Expr(value=Constant(value=infj)), Expr(value=Constant(value=0.1j))], type_ignores=[])"#),
    // MARK: Strings
    (#"""
        'a'
        "b"
        '''c'''
        """d"""

        """#,
     #"Module(body=[Expr(value=Constant(value='a')), Expr(value=Constant(value='b')), Expr(value=Constant(value='c')), Expr(value=Constant(value='d'))], type_ignores=[])"#),
    (#"""
        'it''s'
        "a" 'b' """c"""

        """#,
     #"Module(body=[Expr(value=Constant(value='its')), Expr(value=Constant(value='abc'))], type_ignores=[])"#),
    (#"""
        "it's"
        'say "hi"'
        'both \' and "'

        """#,
     #"Module(body=[Expr(value=Constant(value="it's")), Expr(value=Constant(value='say "hi"')), Expr(value=Constant(value='both \' and "'))], type_ignores=[])"#),
    (#"""
        u'unicode'
        U'unicode'
        u'a' 'b'
        'a' u'b'

        """#,
     #"Module(body=[Expr(value=Constant(value='unicode', kind='u')), Expr(value=Constant(value='unicode')), Expr(value=Constant(value='ab', kind='u')), Expr(value=Constant(value='ab'))], type_ignores=[])"#),
    (#"""
        u'x' f'a{y}b'
        u'' f'{y:>{w}}'
        u'a' f'{y=}'
        u'x' 'y' f'{z!r:4}c'
        f'{y}' u'x'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='xa', kind='u'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='b', kind='u')])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', kind='u'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])), Expr(value=JoinedStr(values=[Constant(value='ay=', kind='u'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[Constant(value='xy', kind='u'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='4')])), Constant(value='c', kind='u')])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='x')]))], type_ignores=[])"#),
    (#"""
        r'\n\t\\'
        R'raw'
        r"\""

        """#,
     #"Module(body=[Expr(value=Constant(value='\\n\\t\\\\')), Expr(value=Constant(value='raw')), Expr(value=Constant(value='\\"'))], type_ignores=[])"#),
    (#"""
        b'bytes'
        B'x'
        br'\x00'
        Br'a'
        rb'\n'
        RB'b'
        bR'c'
        rB'd'

        """#,
     #"Module(body=[Expr(value=Constant(value=b'bytes')), Expr(value=Constant(value=b'x')), Expr(value=Constant(value=b'\\x00')), Expr(value=Constant(value=b'a')), Expr(value=Constant(value=b'\\n')), Expr(value=Constant(value=b'b')), Expr(value=Constant(value=b'c')), Expr(value=Constant(value=b'd'))], type_ignores=[])"#),
    (#"'\a\b\f\n\r\t\v\0\\\'\"'"#,
     #"Module(body=[Expr(value=Constant(value='\x07\x08\x0c\n\r\t\x0b\x00\\\'"'))], type_ignores=[])"#),
    (#"""
        '\x41\x7f\x80\xff'
        '\101\7\77\377'
        '\u00e9\u2603'
        '\U0001F600\U00010000'

        """#,
     #"Module(body=[Expr(value=Constant(value='A\x7f\x80ÿ')), Expr(value=Constant(value='A\x07?ÿ')), Expr(value=Constant(value='é☃')), Expr(value=Constant(value='😀𐀀'))], type_ignores=[])"#),
    (#"'\N{BULLET}\N{LATIN SMALL LETTER E WITH ACUTE}\N{EM DASH}\N{SNOWMAN}'"#,
     #"Module(body=[Expr(value=Constant(value='•é—☃'))], type_ignores=[])"#),
    (#"'\N{bullet}\N{latin capital letter a}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}'"#,
     #"Module(body=[Expr(value=Constant(value='•A一가'))], type_ignores=[])"#),
    (#"""
        '\ud800\udfff'
        '\ud83d\ude00'

        """#,
     #"Module(body=[Expr(value=Constant(value='\ud800\udfff')), Expr(value=Constant(value='\ud83d\ude00'))], type_ignores=[])"#),
    (#"""
        'line1\
        line2'
        '''multi
        line'''

        """#,
     #"Module(body=[Expr(value=Constant(value='line1line2')), Expr(value=Constant(value='multi\nline'))], type_ignores=[])"#),
    (#"""
        b'\x00\xff\n\t\'"'
        b'\777'
        b'\q'

        """#,
     #"Module(body=[Expr(value=Constant(value=b'\x00\xff\n\t\'"')), Expr(value=Constant(value=b'\xff')), Expr(value=Constant(value=b'\\q'))], type_ignores=[])"#),
    (#"""
        '\q'
        '\d'

        """#,
     #"Module(body=[Expr(value=Constant(value='\\q')), Expr(value=Constant(value='\\d'))], type_ignores=[])"#),
    (#"""
        'é'
        '日本語'
        '\u00a0\u200b\u2028'
        '\x7f\x9f'
        '😀'

        """#,
     #"Module(body=[Expr(value=Constant(value='é')), Expr(value=Constant(value='日本語')), Expr(value=Constant(value='\xa0\u200b\u2028')), Expr(value=Constant(value='\x7f\x9f')), Expr(value=Constant(value='😀'))], type_ignores=[])"#),
    (#"""
        'a' 'b'
        'a' f'b'
        f'a' 'b'
        b'a' b'b'

        """#,
     #"Module(body=[Expr(value=Constant(value='ab')), Expr(value=JoinedStr(values=[Constant(value='ab')])), Expr(value=JoinedStr(values=[Constant(value='ab')])), Expr(value=Constant(value=b'ab'))], type_ignores=[])"#),
    (#"""
        ''
        b''
        f''

        """#,
     #"Module(body=[Expr(value=Constant(value='')), Expr(value=Constant(value=b'')), Expr(value=JoinedStr(values=[]))], type_ignores=[])"#),
    // MARK: F-strings
    (#"""
        f'{x}'
        f'a{x}b{y}c'
        f'{x}{y}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='c')])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))], type_ignores=[])"#),
    (#"""
        f'{x!r}'
        f'{x!s}'
        f'{x!a}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)]))], type_ignores=[])"#),
    (#"""
        f'{x:>10}'
        f'{x:{width}.{precision}}'
        f'{x!r:^20}'
        f'{x:%Y-%m-%d}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='precision', ctx=Load()), conversion=-1)]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^20')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))]))], type_ignores=[])"#),
    (#"""
        f'{x=}'
        f'{x = }'
        f'{x=!s}'
        f'{x=:>10}'
        f'{ x = !r:10}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])), Expr(value=JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='10')]))]))], type_ignores=[])"#),
    (#"""
        f'{f"{y}"}'
        f'''{f"{f'{z}'}"}'''

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]), conversion=-1)]), conversion=-1)]))], type_ignores=[])"#),
    (#"""
        f'{{}}'
        f'{{x}}'
        f'a{{b'
        f'}}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')])), Expr(value=JoinedStr(values=[Constant(value='{x}')])), Expr(value=JoinedStr(values=[Constant(value='a{b')])), Expr(value=JoinedStr(values=[Constant(value='}')]))], type_ignores=[])"#),
    (#"""
        f'{a["k"]}'
        f'{d[0]:{w}}'
        f'{x if y else z}'
        f'{(lambda: 1)()}'
        f'{ {a: b} }'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='k'), ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='d', ctx=Load()), slice=Constant(value=0), ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))])), Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='y', ctx=Load()), body=Name(id='x', ctx=Load()), orelse=Name(id='z', ctx=Load())), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1)), args=[], keywords=[]), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Dict(keys=[Name(id='a', ctx=Load())], values=[Name(id='b', ctx=Load())]), conversion=-1)]))], type_ignores=[])"#),
    (#"""
        rf'\n{x}'
        FR'{x}\d'
        f'\n{x}\t'
        f'\N{BULLET} {x}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\d')])), Expr(value=JoinedStr(values=[Constant(value='\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\t')])), Expr(value=JoinedStr(values=[Constant(value='• '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"#),
    (#"""
        f'{x,}'
        f'{x, y}'
        f'{*a,}'
        f'{yield}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[])"#),
    (#"""
        f'''{
        x
        }'''
        f'{x:\n}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\n')]))]))], type_ignores=[])"#),
    (#"""
        f'{3.14:.2f}'
        f'{1_000:,}'
        f'{a!r:{b}{c}}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=1000), conversion=-1, format_spec=JoinedStr(values=[Constant(value=',')]))])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"#),
    (#"""
        'a' f'{b}' 'c' f'd{e!r}'

        """#,
     #"Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='cd'), FormattedValue(value=Name(id='e', ctx=Load()), conversion=114)]))], type_ignores=[])"#),
    // MARK: Match statements
    (#"""
        match x:
            case 1:
                pass
            case -1:
                pass
            case 1.5 | -2j | 1 + 2j | -1 - 2j:
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()]), match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1.5)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2j))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Sub(), right=Constant(value=2j)))]), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case 'a' 'b':
                pass
            case b'x':
                pass
            case None:
                pass
            case True | False:
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value='ab')), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=b'x')), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case a:
                pass
            case _:
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case Color.RED:
                pass
            case a.b.c:
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Attribute(value=Name(id='Color', ctx=Load()), attr='RED', ctx=Load())), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case [a, b, *rest]:
                pass
            case (a, b, *_):
                pass
            case []:
                pass
            case ():
                pass
            case a, b:
                pass
            case [a]:
                pass
            case (a,):
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar()]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case {'a': 1, 'b': b, **rest}:
                pass
            case {}:
                pass
            case {1: _, a.b: _}:
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a'), Constant(value='b')], patterns=[MatchValue(value=Constant(value=1)), MatchAs(name='b')], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1), Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load())], patterns=[MatchAs(), MatchAs()]), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case Point(x=0, y=0):
                pass
            case Point(1, 2, z=3):
                pass
            case Point():
                pass
            case a.B(c):
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))], kwd_attrs=['z'], kwd_patterns=[MatchValue(value=Constant(value=3))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()), attr='B', ctx=Load()), patterns=[MatchAs(name='c')], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x:
            case [1, 2] as y:
                pass
            case (1 | 2) as z:
                pass
            case (a):
                pass
            case 1 if y > 0:
                pass

        """#,
     #"Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='y'), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='z'), body=[Pass()]), match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=1)), guard=Compare(left=Name(id='y', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match x, y:
            case *a, b:
                pass
        match *x, y:
            case _:
                pass

        """#,
     #"Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='a'), MatchAs(name='b')]), body=[Pass()])]), Match(subject=Tuple(elts=[Starred(value=Name(id='x', ctx=Load()), ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"#),
    (#"""
        match = 1
        case = 2
        _ = match
        match(x)
        match[0]
        print(match, case)
        match.x
        match(x).y = 1
        match * x
        match, x

        """#,
     #"Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2)), Assign(targets=[Name(id='_', ctx=Store())], value=Name(id='match', ctx=Load())), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Expr(value=Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Load())), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load())], keywords=[])), Expr(value=Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Load())), Assign(targets=[Attribute(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), attr='y', ctx=Store())], value=Constant(value=1)), Expr(value=BinOp(left=Name(id='match', ctx=Load()), op=Mult(), right=Name(id='x', ctx=Load()))), Expr(value=Tuple(elts=[Name(id='match', ctx=Load()), Name(id='x', ctx=Load())], ctx=Load()))], type_ignores=[])"#),
    (#"""
        if x:
            match(a, b)
            match (a)
        match(a):
            case _:
                pass

        """#,
     #"Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]))], orelse=[]), Match(subject=Name(id='a', ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"#),
    // MARK: Soft keywords and misc
    (#"""
        type = 1
        print(type)

        """#,
     #"Module(body=[Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='type', ctx=Load())], keywords=[]))], type_ignores=[])"#),
    (#"""
        x = 1 if True else 2

        """#,
     #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Constant(value=True), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[])"#),
    (#"""
        a = (yield)
        b = yield 1, 2
        c = yield from d

        """#,
     #"Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Yield()), Assign(targets=[Name(id='b', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))), Assign(targets=[Name(id='c', ctx=Store())], value=YieldFrom(value=Name(id='d', ctx=Load())))], type_ignores=[])"#),
    ("if True:\n\tx = 1\n\ty = 2\n",
     #"Module(body=[If(test=Constant(value=True), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"#),
    (#"""
        def f(): return lambda: (yield)

        """#,
     #"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], decorator_list=[])], type_ignores=[])"#),
    (#"""
        x = [
            1,
            2,
        ]

        """#,
     #"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"#),
    (#"""
        if 1:
            \
            pass
        if 2:
          \
        x
        if 3:
        \
            y
        z = 1 + \
          2

        """#,
     #"Module(body=[If(test=Constant(value=1), body=[Pass()], orelse=[]), If(test=Constant(value=2), body=[Expr(value=Name(id='x', ctx=Load()))], orelse=[]), If(test=Constant(value=3), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[]), Assign(targets=[Name(id='z', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"#),
    (#"""
        class A:
            def f(self):
                global g
                nonlocal n
                del self.x

        """#,
     #"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Global(names=['g']), Nonlocal(names=['n']), Delete(targets=[Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Del())])], decorator_list=[])], decorator_list=[])], type_ignores=[])"#),
]

@Suite struct ParserTests {
    @Test(arguments: parserGoldenCases)
    func golden(source: String, expected: String) throws {
        #expect(try dump(source) == expected)
    }

    /// Known mismatch: CPython accepts every alias of NameAliases.txt in \N{...} (control,
    /// abbreviation, alternate and figment names); Weft looks names up through Swift's
    /// Unicode.Scalar.Properties, whose nameAlias is only the correction alias, so these
    /// valid literals are rejected. Fixing it needs the alias table generated into
    /// UnicodeTables.swift by scripts/gen-unicode-tables.py.
    static let unsupportedNameAliases: [(String, String)] = [
        (#"'\N{NULL}'"#, #"Module(body=[Expr(value=Constant(value='\x00'))], type_ignores=[])"#),
        (#"'\N{LINE FEED}'"#, #"Module(body=[Expr(value=Constant(value='\n'))], type_ignores=[])"#),
        (#"'\N{LF}'"#, #"Module(body=[Expr(value=Constant(value='\n'))], type_ignores=[])"#),
        (#"'\N{BYTE ORDER MARK}'"#, #"Module(body=[Expr(value=Constant(value='\ufeff'))], type_ignores=[])"#),
    ]

    @Test(arguments: unsupportedNameAliases)
    func nameAliasKnownIssue(source: String, expected: String) {
        withKnownIssue("\\N{...} accepts only Unicode names and correction aliases") { () throws -> Void in
            #expect(try dump(source) == expected)
        }
    }

    /// repr(float) recorded from CPython: the shortest digits that round-trip, exponent
    /// form from 1e16 up and below 1e-4, signed zero, inf, nan, subnormals.
    static let floatReprs: [(Double, String)] = [
        (0.0, #"0.0"#),
        (-0.0, #"-0.0"#),
        (1.0, #"1.0"#),
        (-1.5, #"-1.5"#),
        (0.1, #"0.1"#),
        (0.1 + 0.2, #"0.30000000000000004"#),
        (1.0 / 3.0, #"0.3333333333333333"#),
        (2.0 / 3.0, #"0.6666666666666666"#),
        (100.0, #"100.0"#),
        (123456.789, #"123456.789"#),
        (1e15, #"1000000000000000.0"#),
        (9999999999999998.0, #"9999999999999998.0"#),
        (1e16, #"1e+16"#),
        (1.5e16, #"1.5e+16"#),
        (12345678901234567.0, #"1.2345678901234568e+16"#),
        (1e22, #"1e+22"#),
        (1e23, #"1e+23"#),
        (0.001, #"0.001"#),
        (0.0001, #"0.0001"#),
        (0.00012345, #"0.00012345"#),
        (0.00001, #"1e-05"#),
        (1.5e-5, #"1.5e-05"#),
        (1e-7, #"1e-07"#),
        (1.7976931348623157e308, #"1.7976931348623157e+308"#),
        (-Double.greatestFiniteMagnitude, #"-1.7976931348623157e+308"#),
        (2.2250738585072014e-308, #"2.2250738585072014e-308"#),
        (Double(bitPattern: 0x1), #"5e-324"#),  // 5e-324, subnormal
        (Double.leastNonzeroMagnitude * 3, #"1.5e-323"#),
        (Double(bitPattern: 0xFFFFFFFFFFFFF), #"2.225073858507201e-308"#),  // 2.225073858507201e-308, subnormal
        (Double(bitPattern: 0x7E8), #"1e-320"#),  // 1e-320, subnormal
        (Double.infinity, #"inf"#),
        (-Double.infinity, #"-inf"#),
        (Double.nan, #"nan"#),
        (-Double.nan, #"nan"#),
        (3.141592653589793, #"3.141592653589793"#),
        (2.718281828459045, #"2.718281828459045"#),
        (1e100, #"1e+100"#),
        (123e-20, #"1.23e-18"#),
        (4.35, #"4.35"#),
        (0.3, #"0.3"#),
        (9007199254740993.0, #"9007199254740992.0"#),
        (1.0e+16 + 2, #"1.0000000000000002e+16"#),
    ]

    @Test(arguments: floatReprs)
    func floatRepr(value: Double, expected: String) {
        #expect(pyRepr(value) == expected)
    }

    /// repr(str) recorded from CPython: quote choice, escapes, non-printable characters
    /// and lone surrogates (code points, since Swift strings cannot hold surrogates).
    static let stringReprs: [(PyString, String)] = [
        (.text(""), #"''"#),
        (.text("abc"), #"'abc'"#),
        (.text("it's"), #""it's""#),
        (.text("say \"hi\""), #"'say "hi"'"#),
        (.text("both ' and \""), #"'both \' and "'"#),
        (.text("back\\slash"), #"'back\\slash'"#),
        (.text("tab\there"), #"'tab\there'"#),
        (.text("new\nline"), #"'new\nline'"#),
        (.text("cr\rlf"), #"'cr\rlf'"#),
        (.text("\0\u{1}\u{1f}\u{7f}"), #"'\x00\x01\x1f\x7f'"#),
        (.text("\u{80}\u{9f}\u{a0}\u{ad}ÿ"), #"'\x80\x9f\xa0\xadÿ'"#),
        (.text("é日本語😀"), #"'é日本語😀'"#),
        (.text("\u{a0}\u{2028}\u{2029}\u{200b}\u{feff}"), #"'\xa0\u2028\u2029\u200b\ufeff'"#),
        (.text("\u{e0001}\u{10ffff}"), #"'\U000e0001\U0010ffff'"#),
        (.scalars([0xD800]), #"'\ud800'"#),
        (.scalars([0x61, 0xDFFF, 0x62]), #"'a\udfffb'"#),
        (.scalars([0xD83D, 0xDE00]), #"'\ud83d\ude00'"#),
        (.text("'\""), #"'\'"'"#),
        (.text("\\'"), #""\\'""#),
        (.text("\u{378}\u{600}🀀"), #"'\u0378\u0600🀀'"#),
    ]

    @Test(arguments: stringReprs)
    func stringRepr(string: PyString, expected: String) {
        #expect(pyRepr(string) == expected)
        #expect(pyRepr(codePoints: string.codePoints) == expected)
    }

    /// repr(bytes) recorded from CPython.
    static let bytesReprs: [([UInt8], String)] = [
        ([], #"b''"#),
        ([97, 98, 99], #"b'abc'"#),
        ([105, 116, 39, 115], #"b"it's""#),
        ([115, 97, 121, 32, 34, 104, 105, 34], #"b'say "hi"'"#),
        ([39, 34], #"b'\'"'"#),
        ([0, 127, 128, 255], #"b'\x00\x7f\x80\xff'"#),
        ([9, 10, 13, 92], #"b'\t\n\r\\'"#),
        ([28, 29, 30, 31, 32, 33, 34, 35], ##"b'\x1c\x1d\x1e\x1f !"#'"##),
    ]

    @Test(arguments: bytesReprs)
    func bytesRepr(bytes: [UInt8], expected: String) {
        #expect(pyRepr(bytes: bytes) == expected)
    }
}
