// A walk of the module in the order CPython 3.11's compiler (compile.c) visits it, for
// two things that depend on that order: co_varnames (locals are numbered as the compiler
// first meets them) and which compiler error is reported first.
//
// The order differs from the source's: an assignment's value comes before its targets,
// decorators before defaults before the body, a comprehension's body before its first
// iterable, and a `finally` body is compiled inline at each return, break or continue
// that leaves it. The walk keeps the compiler's stack of blocks (loops, try, with,
// handlers) per code object to do the same. A finally body is walked only the first time
// it is met: later copies add no new local and hold no new error.

final class CompileOrderWalk {
    let source: SourceFile
    /// Line of the last leading `from __future__` import; later ones are errors.
    let futureLine: Int
    let futureAnnotations: Bool
    private(set) var firstError: SyntaxError?

    /// The code object being compiled, and its block stack (compile.c's u_fblock).
    var scope: Scope
    var seen = Set<String>()
    var blocks: [Block] = []
    var walkedFinally = Set<LocKey>()

    /// compile.c's fblock kinds, as far as they matter here.
    enum Block {
        case loop
        case finallyTry(LocKey, [Stmt])
        case exceptionGroupHandler
        case other
    }

    struct LocKey: Hashable {
        let line: Int32, col: Int32
        init(_ l: Loc) { line = l.line; col = l.col }
    }

    init(source: SourceFile, futureLine: Int, futureAnnotations: Bool, top: Scope) {
        self.source = source
        self.futureLine = futureLine
        self.futureAnnotations = futureAnnotations
        self.scope = top
    }

    func fail(_ message: String, _ l: Loc) {
        if firstError == nil { firstError = locatedError(source, message, l) }
    }

    /// CO_MAXBLOCKS is 20.
    func push(_ b: Block, _ l: Loc) {
        if blocks.count >= 20 { fail("too many statically nested blocks", l) }
        blocks.append(b)
    }

    func pop() { blocks.removeLast() }

    /// Compiles `body` as the code object of `s`, as compiler_enter_scope does.
    func inUnit(_ s: Scope?, _ body: () -> Void) {
        guard let s = s else { return }
        let saved = (scope, seen, blocks)
        scope = s
        seen = Set(s.varnames)
        blocks = []
        body()
        (scope, seen, blocks) = saved
    }

    /// compiler_nameop: a name the function keeps in a fast local gets the next slot.
    func name(_ id: String) {
        let m = scope.mangle(id)
        if scope.isFunctionLike && scope.symbols[m] == .local && seen.insert(m).inserted {
            scope.varnames.append(m)
        }
    }

    var isAsyncDef: Bool { (scope.node as? FunctionDef)?.isAsync ?? false }

    // MARK: statements

    func stmts(_ body: [Stmt]) {
        for s in body { stmt(s) }
    }

    func stmt(_ s: Stmt) {
        switch s.kind {
        case .functionDef(let f):
            exprs(f.decorators)
            exprs(f.args.defaults)
            for d in f.args.kwDefaults { if let d = d { expr(d) } }
            annotations(f.args, f.returns)
            inUnit(f.scope) { stmts(f.body) }
            name(f.name)
        case .classDef(let c):
            exprs(c.decorators)
            inUnit(c.scope) { stmts(c.body) }
            exprs(c.bases)
            for k in c.keywords { expr(k.value) }
            name(c.name)
        case .return(let v):
            if scope.blockType != .function { fail("'return' outside function", s.loc) }
            if v != nil && scope.isCoroutine && scope.isGenerator { fail("'return' with value in async generator", s.loc) }
            // A returned value other than a constant stays on the stack while finally
            // bodies run. (CPython asks this of the constant-folded tree, where `-1` is a
            // constant too; the difference can only shift the block count by one.)
            var preserve = false
            if let v = v {
                if case .constant = v.kind {} else { preserve = true }
                if preserve { expr(v) }
            }
            _ = unwind(preserveValue: preserve, toLoop: false, s.loc)
        case .delete(let targets):
            exprs(targets)
        case .assign(let targets, let value):
            expr(value)
            exprs(targets)
        case .augAssign(let target, _, let value):
            expr(target)
            expr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            annAssign(target, annotation, value, simple)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync {
                if !isAsyncDef { fail("'async for' outside async function", s.loc) }
                expr(iter)
                push(.loop, s.loc)
            } else {
                push(.loop, s.loc)
                expr(iter)
            }
            expr(target)
            stmts(body)
            pop()
            stmts(orelse)
        case .while(let test, let body, let orelse):
            push(.loop, s.loc)
            expr(test)
            stmts(body)
            pop()
            stmts(orelse)
        case .if(let test, let body, let orelse):
            expr(test)
            stmts(body)
            stmts(orelse)
        case .with(let items, let body, let isAsync):
            if isAsync && !isAsyncDef { fail("'async with' outside async function", s.loc) }
            for item in items {
                expr(item.contextExpr)
                push(.other, s.loc)
                if let v = item.optionalVars { expr(v) }
            }
            stmts(body)
            for _ in items { pop() }
        case .match(let subject, let cases):
            match(subject, cases)
        case .raise(let exc, let cause):
            if let exc = exc {
                expr(exc)
                if let c = cause { expr(c) }
            }
        case .try(let body, let handlers, let orelse, let finalbody, let isStar):
            if finalbody.isEmpty {
                tryExcept(body, handlers, orelse, isStar, s.loc)
            } else {
                let key = LocKey(s.loc)
                push(.finallyTry(key, finalbody), s.loc)
                if handlers.isEmpty { stmts(body) } else { tryExcept(body, handlers, orelse, isStar, s.loc) }
                pop()
                walkFinally(key, finalbody)
            }
        case .assert(let test, let msg):
            expr(test)
            if let m = msg { expr(m) }
        case .import(let names):
            for a in names {
                // `import a.b` binds `a`.
                let n = a.asname ?? a.name
                name(n.firstIndex(of: ".").map { String(n[..<$0]) } ?? n)
            }
        case .importFrom(let module, let names, _):
            if Int(s.loc.line) > futureLine && module == "__future__" {
                fail("from __future__ imports must occur at the beginning of the file", s.loc)
            }
            for a in names where a.name != "*" { name(a.asname ?? a.name) }
        case .expr(let e):
            expr(e)
        case .break:
            if !unwind(preserveValue: false, toLoop: true, s.loc) { fail("'break' outside loop", s.loc) }
        case .continue:
            if !unwind(preserveValue: false, toLoop: true, s.loc) { fail("'continue' not properly in loop", s.loc) }
        case .global, .nonlocal, .pass:
            break
        }
    }

    func annAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) {
        if let v = value {
            expr(v)
            expr(target)
        }
        // Annotations are evaluated only in modules and classes, and not at all under
        // `from __future__ import annotations` (unless for a simple name, as a string).
        let evaluated = (scope.kind == .module || scope.kind == .classBody) && !futureAnnotations
        switch target.kind {
        case .name:
            if simple && evaluated { expr(annotation) }
        case .attribute(let obj, _, _):
            if value == nil { expr(obj) }
        case .subscript(let obj, let index, _):
            if value == nil {
                expr(obj)
                annotationSubscript(index)
            }
        default:
            break
        }
        if !simple && evaluated { expr(annotation) }
    }

    /// check_ann_subscript: a slice's parts, a tuple's items, or the index itself.
    func annotationSubscript(_ e: Expr) {
        switch e.kind {
        case .slice(let lower, let upper, let step):
            if let x = lower { expr(x) }
            if let x = upper { expr(x) }
            if let x = step { expr(x) }
        case .tuple(let elts, _):
            for x in elts { annotationSubscript(x) }
        default:
            expr(e)
        }
    }

    /// A def's annotations are evaluated where it is defined, in this odd order.
    func annotations(_ a: Arguments, _ returns: Expr?) {
        if futureAnnotations { return }
        for p in a.args { if let e = p.annotation { annotationExpr(e) } }
        for p in a.posonlyargs { if let e = p.annotation { annotationExpr(e) } }
        if let e = a.vararg?.annotation { annotationExpr(e) }
        for p in a.kwonlyargs { if let e = p.annotation { annotationExpr(e) } }
        if let e = a.kwarg?.annotation { annotationExpr(e) }
        if let r = returns { annotationExpr(r) }
    }

    /// `*args: *Ts` evaluates Ts.
    func annotationExpr(_ e: Expr) {
        if case .starred(let v, _) = e.kind { expr(v) } else { expr(e) }
    }

    // MARK: try statements and unwinding

    func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ isStar: Bool, _ l: Loc) {
        push(.other, l)
        stmts(body)
        pop()
        // except* runs its else clause after the handlers, plain except before them.
        if !isStar { stmts(orelse) }
        push(isStar ? .exceptionGroupHandler : .other, l)
        for (i, h) in handlers.enumerated() {
            if h.type == nil && i < handlers.count - 1 && !isStar { fail("default 'except:' must be last", h.loc) }
            if let t = h.type { expr(t) }
            if let n = h.name { name(n) }
            push(.other, h.loc)
            stmts(h.body)
            pop()
        }
        pop()
        if isStar { stmts(orelse) }
    }

    func walkFinally(_ key: LocKey, _ body: [Stmt]) {
        if walkedFinally.insert(key).inserted { stmts(body) }
    }

    /// compiler_unwind_fblock_stack: leaving blocks for return (all of them) or for
    /// break/continue (up to the innermost loop, whose presence is returned). Each
    /// `finally` left on the way is compiled here, under the blocks outside it.
    func unwind(preserveValue: Bool, toLoop: Bool, _ l: Loc) -> Bool {
        let saved = blocks
        defer { blocks = saved }
        while let top = blocks.last {
            switch top {
            case .exceptionGroupHandler:
                fail("'break', 'continue' and 'return' cannot appear in an except* block", l)
                return true
            case .loop where toLoop:
                return true
            case .finallyTry(let key, let body):
                blocks.removeLast()
                let depth = blocks.count
                // The returned value stays on the stack meanwhile (a POP_VALUE block).
                if preserveValue { push(.other, l) }
                walkFinally(key, body)
                blocks.removeLast(blocks.count - depth)
            default:
                blocks.removeLast()
            }
        }
        return false
    }
}
