// `ast.dump(node)` with its default arguments, byte for byte: fields by keyword, optional
// fields omitted when None, lists always shown. This is the parser's oracle format.

public func astDump(_ module: Module, includeAttributes: Bool = false) -> String {
    withLargeStack { dumpOnThisStack(module, includeAttributes: includeAttributes) }  // the dump recurses as deep as the tree
}

func dumpOnThisStack(_ module: Module, includeAttributes: Bool = false) -> String {
    var w = DumpWriter()
    w.includeAttributes = includeAttributes
    w.out.reserveCapacity(module.source.bytes.count * 4)
    w.module(module)
    return String(decoding: w.out, as: UTF8.self)
}

struct DumpWriter {
    var out: [UInt8] = []
    /// ast.dump(include_attributes=True): positions after the fields of located nodes.
    var includeAttributes = false

    /// Appends a node's position inside the parentheses just written.
    mutating func attributes(_ l: Loc) {
        guard includeAttributes, out.last == UInt8(ascii: ")") else { return }
        out.removeLast()
        if out.last != UInt8(ascii: "(") { w(", ") }
        w("lineno=\(l.line), col_offset=\(l.col), end_lineno=\(l.endLine), end_col_offset=\(l.endCol))")
    }

    mutating func w(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }
    mutating func w(_ s: String) { out.append(contentsOf: s.utf8) }
    mutating func str(_ s: String) { w(pyRepr(.text(s))) }

    mutating func list<T>(_ xs: [T], _ f: (inout DumpWriter, T) -> Void) {
        w("[")
        for (k, x) in xs.enumerated() {
            if k > 0 { w(", ") }
            f(&self, x)
        }
        w("]")
    }

    mutating func module(_ m: Module) {
        w("Module(body=")
        stmts(m.body)
        w(", type_ignores=[])")
    }

    mutating func stmts(_ s: [Stmt]) { list(s) { $0.stmt($1) } }
    mutating func exprs(_ e: [Expr]) { list(e) { $0.expr($1) } }
    mutating func names(_ n: [String]) { list(n) { $0.str($1) } }

    mutating func optExpr(_ name: StaticString, _ e: Expr?) {
        if let e = e { w(name); expr(e) }
    }

    mutating func ctx(_ c: ExprContext) {
        switch c {
        case .load: w("ctx=Load()")
        case .store: w("ctx=Store()")
        case .del: w("ctx=Del()")
        }
    }

    mutating func stmt(_ s: Stmt) {
        defer { attributes(s.loc) }
        switch s.kind {
        case .functionDef(let f):
            w(f.isAsync ? "AsyncFunctionDef(name=" : "FunctionDef(name=")
            str(f.name)
            w(", args="); arguments(f.args)
            w(", body="); stmts(f.body)
            w(", decorator_list="); exprs(f.decorators)
            optExpr(", returns=", f.returns)
            w(")")
        case .classDef(let c):
            w("ClassDef(name="); str(c.name)
            w(", bases="); exprs(c.bases)
            w(", keywords="); list(c.keywords) { $0.keyword($1) }
            w(", body="); stmts(c.body)
            w(", decorator_list="); exprs(c.decorators)
            w(")")
        case .return(let v):
            w("Return("); if let v = v { w("value="); expr(v) }; w(")")
        case .delete(let t):
            w("Delete(targets="); exprs(t); w(")")
        case .assign(let targets, let value):
            w("Assign(targets="); exprs(targets); w(", value="); expr(value); w(")")
        case .augAssign(let t, let op, let v):
            w("AugAssign(target="); expr(t); w(", op="); binop(op); w(", value="); expr(v); w(")")
        case .annAssign(let t, let a, let v, let simple):
            w("AnnAssign(target="); expr(t); w(", annotation="); expr(a)
            optExpr(", value=", v)
            w(simple ? ", simple=1)" : ", simple=0)")
        case .for(let t, let iter, let body, let orelse, let isAsync):
            w(isAsync ? "AsyncFor(target=" : "For(target="); expr(t)
            w(", iter="); expr(iter)
            w(", body="); stmts(body)
            w(", orelse="); stmts(orelse); w(")")
        case .while(let test, let body, let orelse):
            w("While(test="); expr(test); w(", body="); stmts(body); w(", orelse="); stmts(orelse); w(")")
        case .if(let test, let body, let orelse):
            w("If(test="); expr(test); w(", body="); stmts(body); w(", orelse="); stmts(orelse); w(")")
        case .with(let items, let body, let isAsync):
            w(isAsync ? "AsyncWith(items=" : "With(items=")
            list(items) { d, item in
                d.w("withitem(context_expr="); d.expr(item.contextExpr)
                d.optExpr(", optional_vars=", item.optionalVars)
                d.w(")")
            }
            w(", body="); stmts(body); w(")")
        case .match(let subject, let cases):
            w("Match(subject="); expr(subject)
            w(", cases=")
            list(cases) { d, c in
                d.w("match_case(pattern="); d.pattern(c.pattern)
                d.optExpr(", guard=", c.guardExpr)
                d.w(", body="); d.stmts(c.body); d.w(")")
            }
            w(")")
        case .raise(let exc, let cause):
            w("Raise(")
            if let e = exc { w("exc="); expr(e) }
            if let c = cause { w(exc == nil ? "cause=" : ", cause="); expr(c) }
            w(")")
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            w(isStar ? "TryStar(body=" : "Try(body="); stmts(body)
            w(", handlers=")
            list(handlers) { d, h in
                d.w("ExceptHandler(")
                var sep = false
                if let t = h.type { d.w("type="); d.expr(t); sep = true }
                if let n = h.name { d.w(sep ? ", name=" : "name="); d.str(n); sep = true }
                d.w(sep ? ", body=" : "body="); d.stmts(h.body); d.w(")")
                d.attributes(h.loc)
            }
            w(", orelse="); stmts(orelse)
            w(", finalbody="); stmts(finalbody); w(")")
        case .assert(let test, let msg):
            w("Assert(test="); expr(test); optExpr(", msg=", msg); w(")")
        case .import(let names):
            w("Import(names="); list(names) { $0.alias($1) }; w(")")
        case .importFrom(let module, let names, let level):
            w("ImportFrom(")
            if let m = module { w("module="); str(m); w(", ") }
            w("names="); list(names) { $0.alias($1) }
            w(", level="); w(String(level)); w(")")
        case .global(let n): w("Global(names="); names(n); w(")")
        case .nonlocal(let n): w("Nonlocal(names="); names(n); w(")")
        case .expr(let e): w("Expr(value="); expr(e); w(")")
        case .pass: w("Pass()")
        case .break: w("Break()")
        case .continue: w("Continue()")
        }
    }

    mutating func alias(_ a: Alias) {
        w("alias(name="); str(a.name)
        if let n = a.asname { w(", asname="); str(n) }
        w(")")
        attributes(a.loc)
    }

    mutating func keyword(_ k: Keyword) {
        w("keyword(")
        if let a = k.arg { w("arg="); str(a); w(", ") }
        w("value="); expr(k.value); w(")")
        attributes(k.loc)
    }

    mutating func arg(_ a: Arg) {
        w("arg(arg="); str(a.name); optExpr(", annotation=", a.annotation); w(")")
        attributes(a.loc)
    }

    mutating func arguments(_ a: Arguments) {
        w("arguments(posonlyargs="); list(a.posonlyargs) { $0.arg($1) }
        w(", args="); list(a.args) { $0.arg($1) }
        if let v = a.vararg { w(", vararg="); arg(v) }
        w(", kwonlyargs="); list(a.kwonlyargs) { $0.arg($1) }
        w(", kw_defaults=")
        list(a.kwDefaults) { d, e in if let e = e { d.expr(e) } else { d.w("None") } }
        if let k = a.kwarg { w(", kwarg="); arg(k) }
        w(", defaults="); exprs(a.defaults); w(")")
    }

    mutating func binop(_ op: BinaryOperator) {
        switch op {
        case .add: w("Add()")
        case .sub: w("Sub()")
        case .mult: w("Mult()")
        case .matMult: w("MatMult()")
        case .div: w("Div()")
        case .mod: w("Mod()")
        case .pow: w("Pow()")
        case .lShift: w("LShift()")
        case .rShift: w("RShift()")
        case .bitOr: w("BitOr()")
        case .bitXor: w("BitXor()")
        case .bitAnd: w("BitAnd()")
        case .floorDiv: w("FloorDiv()")
        }
    }

    mutating func cmpop(_ op: CmpOperator) {
        switch op {
        case .eq: w("Eq()")
        case .notEq: w("NotEq()")
        case .lt: w("Lt()")
        case .ltE: w("LtE()")
        case .gt: w("Gt()")
        case .gtE: w("GtE()")
        case .is: w("Is()")
        case .isNot: w("IsNot()")
        case .in: w("In()")
        case .notIn: w("NotIn()")
        }
    }

    mutating func constant(_ v: ConstantValue) {
        switch v {
        case .none: w("None")
        case .ellipsis: w("Ellipsis")
        case .bool(let b): w(b ? "True" : "False")
        case .int(let i): w(i.description)
        case .float(let d): w(pyRepr(d))
        case .imaginary(let d): w(pyReprImaginary(d))
        case .str(let s): w(pyRepr(s))
        case .bytes(let b): w(pyRepr(bytes: b))
        }
    }

    mutating func comprehensions(_ gens: [ComprehensionFor]) {
        list(gens) { d, g in
            d.w("comprehension(target="); d.expr(g.target)
            d.w(", iter="); d.expr(g.iter)
            d.w(", ifs="); d.exprs(g.ifs)
            d.w(g.isAsync ? ", is_async=1)" : ", is_async=0)")
        }
    }

    mutating func expr(_ e: Expr) {
        defer { attributes(e.loc) }
        switch e.kind {
        case .boolOp(let op, let values):
            w(op == .and ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values="); exprs(values); w(")")
        case .namedExpr(let t, let v):
            w("NamedExpr(target="); expr(t); w(", value="); expr(v); w(")")
        case .binOp(let l, let op, let r):
            w("BinOp(left="); expr(l); w(", op="); binop(op); w(", right="); expr(r); w(")")
        case .unaryOp(let op, let operand):
            switch op {
            case .invert: w("UnaryOp(op=Invert(), operand=")
            case .not: w("UnaryOp(op=Not(), operand=")
            case .uAdd: w("UnaryOp(op=UAdd(), operand=")
            case .uSub: w("UnaryOp(op=USub(), operand=")
            }
            expr(operand); w(")")
        case .lambda(let l):
            w("Lambda(args="); arguments(l.args); w(", body="); expr(l.body); w(")")
        case .ifExp(let test, let body, let orelse):
            w("IfExp(test="); expr(test); w(", body="); expr(body); w(", orelse="); expr(orelse); w(")")
        case .dict(let keys, let values):
            w("Dict(keys=")
            list(keys) { d, k in if let k = k { d.expr(k) } else { d.w("None") } }
            w(", values="); exprs(values); w(")")
        case .set(let elts):
            w("Set(elts="); exprs(elts); w(")")
        case .listComp(let c):
            w("ListComp(elt="); expr(c.elt); w(", generators="); comprehensions(c.generators); w(")")
        case .setComp(let c):
            w("SetComp(elt="); expr(c.elt); w(", generators="); comprehensions(c.generators); w(")")
        case .generatorExp(let c):
            w("GeneratorExp(elt="); expr(c.elt); w(", generators="); comprehensions(c.generators); w(")")
        case .dictComp(let c):
            w("DictComp(key="); expr(c.elt); w(", value="); expr(c.value!)
            w(", generators="); comprehensions(c.generators); w(")")
        case .await(let v): w("Await(value="); expr(v); w(")")
        case .yield(let v): w("Yield("); if let v = v { w("value="); expr(v) }; w(")")
        case .yieldFrom(let v): w("YieldFrom(value="); expr(v); w(")")
        case .compare(let l, let ops, let cs):
            w("Compare(left="); expr(l)
            w(", ops="); list(ops) { $0.cmpop($1) }
            w(", comparators="); exprs(cs); w(")")
        case .call(let f, let args, let keywords):
            w("Call(func="); expr(f); w(", args="); exprs(args)
            w(", keywords="); list(keywords) { $0.keyword($1) }; w(")")
        case .formattedValue(let v, let conversion, let spec):
            w("FormattedValue(value="); expr(v); w(", conversion="); w(String(conversion))
            optExpr(", format_spec=", spec); w(")")
        case .joinedStr(let values):
            w("JoinedStr(values="); exprs(values); w(")")
        case .constant(let v, let kind):
            w("Constant(value="); constant(v)
            if let k = kind { w(", kind="); str(k) }
            w(")")
        case .attribute(let v, let attr, let c):
            w("Attribute(value="); expr(v); w(", attr="); str(attr); w(", "); ctx(c); w(")")
        case .subscript(let v, let s, let c):
            w("Subscript(value="); expr(v); w(", slice="); expr(s); w(", "); ctx(c); w(")")
        case .starred(let v, let c):
            w("Starred(value="); expr(v); w(", "); ctx(c); w(")")
        case .name(let id, let c):
            w("Name(id="); str(id); w(", "); ctx(c); w(")")
        case .list(let elts, let c):
            w("List(elts="); exprs(elts); w(", "); ctx(c); w(")")
        case .tuple(let elts, let c):
            w("Tuple(elts="); exprs(elts); w(", "); ctx(c); w(")")
        case .slice(let lower, let upper, let step):
            w("Slice(")
            var sep = false
            if let l = lower { w("lower="); expr(l); sep = true }
            if let u = upper { w(sep ? ", upper=" : "upper="); expr(u); sep = true }
            if let s = step { w(sep ? ", step=" : "step="); expr(s) }
            w(")")
        }
    }

    mutating func pattern(_ p: Pattern) {
        defer { attributes(p.loc) }
        switch p.kind {
        case .matchValue(let e): w("MatchValue(value="); expr(e); w(")")
        case .matchSingleton(let v): w("MatchSingleton(value="); constant(v); w(")")
        case .matchSequence(let ps): w("MatchSequence(patterns="); list(ps) { $0.pattern($1) }; w(")")
        case .matchMapping(let keys, let ps, let rest):
            w("MatchMapping(keys="); exprs(keys)
            w(", patterns="); list(ps) { $0.pattern($1) }
            if let r = rest { w(", rest="); str(r) }
            w(")")
        case .matchClass(let cls, let ps, let attrs, let kps):
            w("MatchClass(cls="); expr(cls)
            w(", patterns="); list(ps) { $0.pattern($1) }
            w(", kwd_attrs="); names(attrs)
            w(", kwd_patterns="); list(kps) { $0.pattern($1) }; w(")")
        case .matchStar(let n):
            w("MatchStar("); if let n = n { w("name="); str(n) }; w(")")
        case .matchAs(let sub, let n):
            w("MatchAs(")
            if let s = sub { w("pattern="); pattern(s) }
            if let n = n { w(sub == nil ? "name=" : ", name="); str(n) }
            w(")")
        case .matchOr(let ps): w("MatchOr(patterns="); list(ps) { $0.pattern($1) }; w(")")
        }
    }
}
