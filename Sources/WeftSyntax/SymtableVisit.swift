// The symbol table's first pass (symtable.c's symtable_visit_*): visits the AST in
// CPython's order, creating a Scope per block and recording raw facts per name (bound,
// used, parameter, global, nonlocal...). Errors found here are raised in visit order.
// Invariant: `stack.last` is the current scope; annotation blocks (under `from
// __future__ import annotations`) are pushed like any block but are nobody's child.

final class SymtableBuilder {
    let source: SourceFile
    let module: Module
    let futureAnnotations: Bool
    let top: Scope
    var stack: [Scope]
    /// st_private: the class whose body (or methods) we are in, for name mangling.
    var privateName: String?
    /// Annotation blocks: analysed on their own, since nothing compiles their contents.
    var annotationBlocks: [Scope] = []

    init(module: Module, futureAnnotations: Bool) {
        self.source = module.source
        self.module = module
        self.futureAnnotations = futureAnnotations
        top = Scope(kind: .module, name: "top", line: 0, firstLine: 1, privateName: nil)
        top.qualname = "<module>"
        stack = [top]
    }

    var cur: Scope { stack[stack.count - 1] }

    func error(_ message: String, _ l: Loc) -> SyntaxError { locatedError(source, message, l) }

    /// The recursive visit throws untyped errors: a typed SyntaxError would reserve
    /// room for one in every frame, and the AST can be hundreds of levels deep.
    func visitModule() throws(SyntaxError) {
        module.scope = top
        top.node = module
        do {
            for s in module.body { try visitStmt(s) }
        } catch let e as SyntaxError {
            throw e
        } catch {
            throw locatedError(source, "\(error)", .none)
        }
    }

    // MARK: blocks and definitions

    func enterBlock(_ kind: Scope.Kind, _ name: String, node: ScopeNode?, line: Int32, firstLine: Int32,
                    annotation: Bool = false) {
        let prev = cur
        let s = Scope(kind: kind, name: name, line: Int(line), firstLine: Int(firstLine), privateName: privateName)
        s.isNested = prev.isNested || prev.blockType == .function
        // bpo-37757: no walrus anywhere inside a comprehension's iterable, however nested.
        s.compIterExpr = prev.compIterExpr
        s.node = node
        node?.scope = s
        stack.append(s)
        if annotation {
            s.isAnnotationBlock = true
            annotationBlocks.append(s)
            return
        }
        s.parent = prev
        prev.children.append(s)
    }

    func exitBlock() { stack.removeLast() }

    /// symtable_add_def_helper: records `flag` for `name` (mangled) in `scope`.
    func addDef(_ name: String, _ flag: SymbolFlags, _ l: Loc, in scope: Scope? = nil) throws {
        let ste = scope ?? cur
        let mangled = mangleName(name, privateName)
        var val = flag
        if let old = ste.flags[mangled] {
            if flag.contains(.param) && old.contains(.param) {
                throw error("duplicate argument '\(name)' in function definition", l)
            }
            val.formUnion(old)
        }
        if ste.compIterTarget {
            if !val.isDisjoint(with: [.global, .nonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", l)
            }
            val.insert(.compIter)
        }
        ste.setFlags(mangled, val)
        if flag.contains(.param) {
            ste.parameters.append(mangled)
        } else if flag.contains(.global) {
            // st_global is the module's own symbol dict: a `global x` anywhere marks the
            // module's x as declared global too (so module code uses LOAD_GLOBAL for it).
            top.setFlags(mangled, flag.union(top.flags[mangled] ?? []))
        }
    }

    func lookup(_ name: String) -> SymbolFlags { cur.flags[mangleName(name, privateName)] ?? [] }

    func recordDirective(_ name: String, _ l: Loc) {
        let mangled = mangleName(name, privateName)
        if cur.directives[mangled] == nil { cur.directives[mangled] = l }
    }

    // MARK: statements

    func visitBody(_ body: [Stmt]) throws {
        for s in body { try visitStmt(s) }
    }

    func visitStmt(_ s: Stmt) throws {
        switch s.kind {
        case .functionDef(let f):
            try addDef(f.name, .local, s.loc)
            try visitExprs(f.args.defaults)
            for d in f.args.kwDefaults { if let d = d { try visitExpr(d) } }
            try visitAnnotations(f.args, returns: f.returns, s.loc)
            try visitExprs(f.decorators)
            enterBlock(.function, f.name, node: f, line: s.loc.line, firstLine: f.decorators.first?.loc.line ?? s.loc.line)
            if f.isAsync { cur.isCoroutine = true }
            try visitParameters(f.args)
            try visitBody(f.body)
            exitBlock()
        case .classDef(let c):
            try addDef(c.name, .local, s.loc)
            try visitExprs(c.bases)
            for k in c.keywords { try visitExpr(k.value) }
            try visitExprs(c.decorators)
            enterBlock(.classBody, c.name, node: c, line: s.loc.line, firstLine: c.decorators.first?.loc.line ?? s.loc.line)
            let saved = privateName
            privateName = c.name
            cur.privateName = c.name
            try visitBody(c.body)
            privateName = saved
            exitBlock()
        case .return(let v):
            if let v = v { try visitExpr(v) }
        case .delete(let targets):
            try visitExprs(targets)
        case .assign(let targets, let value):
            try visitExprs(targets)
            try visitExpr(value)
        case .augAssign(let target, _, let value):
            try visitExpr(target)
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let old = lookup(id)
                if !old.isDisjoint(with: [.global, .nonlocal]) && cur !== top && simple {
                    let what = old.contains(.global) ? "global" : "nonlocal"
                    throw error("annotated name '\(id)' can't be \(what)", s.loc)
                }
                if simple {
                    try addDef(id, [.annotated, .local], target.loc)
                } else if value != nil {
                    try addDef(id, .local, target.loc)
                }
            } else {
                try visitExpr(target)
            }
            try visitAnnotation(annotation)
            if let v = value { try visitExpr(v) }
        case .for(let target, let iter, let body, let orelse, _):
            try visitExpr(target)
            try visitExpr(iter)
            try visitBody(body)
            try visitBody(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visitExpr(test)
            try visitBody(body)
            try visitBody(orelse)
        case .with(let items, let body, _):
            for item in items {
                try visitExpr(item.contextExpr)
                if let v = item.optionalVars { try visitExpr(v) }
            }
            try visitBody(body)
        case .match(let subject, let cases):
            try visitExpr(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardExpr { try visitExpr(g) }
                try visitBody(c.body)
            }
        case .raise(let exc, let cause):
            if let exc = exc {
                try visitExpr(exc)
                if let cause = cause { try visitExpr(cause) }
            }
        case .try(let body, let handlers, let orelse, let finalbody, _):
            try visitBody(body)
            try visitBody(orelse)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, .local, h.loc) }
                try visitBody(h.body)
            }
            try visitBody(finalbody)
        case .assert(let test, let msg):
            try visitExpr(test)
            if let m = msg { try visitExpr(m) }
        case .import(let names), .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global(let names):
            try visitDirective(names, s.loc, global: true)
        case .nonlocal(let names):
            try visitDirective(names, s.loc, global: false)
        case .expr(let e):
            try visitExpr(e)
        case .pass, .break, .continue:
            break
        }
    }

    func visitDirective(_ names: [String], _ l: Loc, global: Bool) throws {
        let word = global ? "global" : "nonlocal"
        for name in names {
            let old = lookup(name)
            if !old.isDisjoint(with: [.param, .local, .use, .annotated]) {
                let message: String
                if old.contains(.param) {
                    message = "name '\(name)' is parameter and \(word)"
                } else if old.contains(.use) {
                    message = "name '\(name)' is used prior to \(word) declaration"
                } else if old.contains(.annotated) {
                    message = "annotated name '\(name)' can't be \(word)"
                } else {
                    message = "name '\(name)' is assigned to before \(word) declaration"
                }
                throw error(message, l)
            }
            try addDef(name, global ? .global : .nonlocal, l)
            recordDirective(name, l)
        }
    }

    func visitAlias(_ a: Alias) throws {
        let name = a.asname ?? a.name
        if name == "*" {
            if cur.blockType != .module { throw error("import * only allowed at module level", a.loc) }
            return
        }
        // `import a.b` binds `a`.
        let stored = name.firstIndex(of: ".").map { String(name[..<$0]) } ?? name
        try addDef(stored, .imported, a.loc)
    }

    func visitPattern(_ p: Pattern) throws {
        switch p.kind {
        case .matchValue(let e):
            try visitExpr(e)
        case .matchSingleton:
            break
        case .matchSequence(let ps), .matchOr(let ps):
            for q in ps { try visitPattern(q) }
        case .matchStar(let name):
            if let n = name { try addDef(n, .local, p.loc) }
        case .matchMapping(let keys, let ps, let rest):
            try visitExprs(keys)
            for q in ps { try visitPattern(q) }
            if let n = rest { try addDef(n, .local, p.loc) }
        case .matchClass(let cls, let ps, _, let kps):
            try visitExpr(cls)
            for q in ps { try visitPattern(q) }
            for q in kps { try visitPattern(q) }
        case .matchAs(let sub, let name):
            if let q = sub { try visitPattern(q) }
            if let n = name { try addDef(n, .local, p.loc) }
        }
    }

    // MARK: parameters and annotations

    /// Order matters for co_varnames: positional-only, regular, keyword-only, *, **.
    func visitParameters(_ a: Arguments) throws {
        for p in a.posonlyargs { try addDef(p.name, .param, p.loc) }
        for p in a.args { try addDef(p.name, .param, p.loc) }
        for p in a.kwonlyargs { try addDef(p.name, .param, p.loc) }
        if let v = a.vararg {
            try addDef(v.name, .param, v.loc)
            cur.hasVarargs = true
        }
        if let k = a.kwarg {
            try addDef(k.name, .param, k.loc)
            cur.hasVarkeywords = true
        }
    }

    func visitAnnotations(_ a: Arguments, returns: Expr?, _ l: Loc) throws {
        if futureAnnotations { enterBlock(.function, "_annotation", node: nil, line: l.line, firstLine: l.line, annotation: true) }
        for p in a.posonlyargs { if let e = p.annotation { try visitExpr(e) } }
        for p in a.args { if let e = p.annotation { try visitExpr(e) } }
        if let e = a.vararg?.annotation { try visitExpr(e) }
        if let e = a.kwarg?.annotation { try visitExpr(e) }
        for p in a.kwonlyargs { if let e = p.annotation { try visitExpr(e) } }
        if futureAnnotations { exitBlock() }
        if let r = returns { try visitAnnotation(r) }
    }

    func visitAnnotation(_ e: Expr) throws {
        if futureAnnotations { enterBlock(.function, "_annotation", node: nil, line: e.loc.line, firstLine: e.loc.line, annotation: true) }
        try visitExpr(e)
        if futureAnnotations { exitBlock() }
    }
}
