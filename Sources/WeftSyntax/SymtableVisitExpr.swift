// The symbol table's first pass over expressions: names, lambdas, comprehensions and
// assignment expressions (symtable_visit_expr and its helpers in symtable.c). A
// comprehension's first iterable belongs to the enclosing scope; a walrus inside a
// comprehension binds in the nearest enclosing function or module.

extension SymtableBuilder {
    func visitExprs(_ es: [Expr]) throws {
        for e in es { try visitExpr(e) }
    }

    func visitExpr(_ e: Expr) throws {
        if let children = childExpressions(e, .symtable) {
            for c in children { try visitExpr(c) }
            return
        }
        try visitSpecial(e)
    }

    /// Each kind in a function of its own, so that the recursion's frames stay small.
    func visitSpecial(_ e: Expr) throws {
        switch e.kind {
        case .name: try visitName(e)
        case .namedExpr: try visitNamedExpr(e)
        case .lambda: try visitLambda(e)
        case .listComp, .setComp, .dictComp, .generatorExp: try visitComprehension(e)
        case .yield, .yieldFrom: try visitYield(e)
        case .await: try visitAwait(e)
        default: break
        }
    }

    func visitName(_ e: Expr) throws {
        guard case .name(let id, let ctx) = e.kind else { return }
        try addDef(id, ctx == .load ? .use : .local, e.loc)
        // Zero-argument super() reads the __class__ cell.
        if ctx == .load && cur.blockType == .function && id == "super" {
            try addDef("__class__", .use, e.loc)
        }
    }

    func visitYield(_ e: Expr) throws {
        try refuseInAnnotation("yield expression", e)
        switch e.kind {
        case .yield(let v): if let v = v { try visitExpr(v) }
        case .yieldFrom(let v): try visitExpr(v)
        default: return
        }
        cur.isGenerator = true
        if let k = cur.comprehensionKind { throw error(k.yieldMessage, e.loc) }
    }

    func visitAwait(_ e: Expr) throws {
        guard case .await(let v) = e.kind else { return }
        try refuseInAnnotation("await expression", e)
        try visitExpr(v)
        cur.isCoroutine = true
    }

    func visitLambda(_ e: Expr) throws {
        guard case .lambda(let lam) = e.kind else { return }
        try enterLambda(lam, e.loc)
        try visitExpr(lam.body)
        exitBlock()
    }

    /// Defaults are evaluated outside; the parameters are the lambda's own.
    func enterLambda(_ lam: Lambda, _ l: Loc) throws {
        try visitExprs(lam.args.defaults)
        for d in lam.args.kwDefaults { if let d = d { try visitExpr(d) } }
        enterBlock(.lambda, "<lambda>", node: lam, line: l.line, firstLine: l.line)
        try visitParameters(lam.args)
    }

    func refuseInAnnotation(_ what: String, _ e: Expr) throws {
        if cur.blockType == .annotation { throw error("'\(what)' can not be used within an annotation", e.loc) }
    }

    // MARK: comprehensions

    func visitComprehension(_ e: Expr) throws {
        let c: Comprehension, kind: ComprehensionKind
        switch e.kind {
        case .listComp(let x): (c, kind) = (x, .list)
        case .setComp(let x): (c, kind) = (x, .set)
        case .dictComp(let x): (c, kind) = (x, .dict)
        case .generatorExp(let x): (c, kind) = (x, .generator)
        default: return
        }
        guard let outermost = c.generators.first else { return }
        cur.compIterExpr += 1
        try visitExpr(outermost.iter)
        cur.compIterExpr -= 1
        enterBlock(.comprehension, kind.scopeName, node: c, line: e.loc.line, firstLine: e.loc.line)
        cur.comprehensionKind = kind
        if outermost.isAsync { cur.isCoroutine = true }
        // The outermost iterator arrives as the implicit argument ".0".
        try addDef(".0", .param, e.loc)
        cur.compIterTarget = true
        try visitExpr(outermost.target)
        cur.compIterTarget = false
        try visitExprs(outermost.ifs)
        for g in c.generators.dropFirst() {
            cur.compIterTarget = true
            try visitExpr(g.target)
            cur.compIterTarget = false
            cur.compIterExpr += 1
            try visitExpr(g.iter)
            cur.compIterExpr -= 1
            try visitExprs(g.ifs)
            if g.isAsync { cur.isCoroutine = true }
        }
        if let v = c.value { try visitExpr(v) }
        try visitExpr(c.elt)
        cur.isGenerator = kind == .generator
        let isAsync = cur.isCoroutine && kind != .generator
        exitBlock()
        if isAsync { cur.isCoroutine = true }
    }

    // MARK: assignment expressions

    func visitNamedExpr(_ e: Expr) throws {
        guard case .namedExpr(let target, let value) = e.kind else { return }
        try refuseInAnnotation("named expression", e)
        if cur.compIterExpr > 0 {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e.loc)
        }
        if cur.comprehensionKind != nil { try extendNamedExprScope(target) }
        try visitExpr(value)
        try visitExpr(target)
    }

    /// symtable_extend_namedexpr_scope: the target of a walrus in a comprehension is
    /// bound in the nearest enclosing function (as nonlocal there, unless it is global
    /// there) or module (as global); a class body in between is an error.
    func extendNamedExprScope(_ target: Expr) throws {
        guard case .name(let name, _) = target.kind else { return }
        for ste in stack.reversed() {
            // CPython looks the unmangled name up here.
            let inScope = ste.flags[name] ?? []
            if ste.comprehensionKind != nil {
                if inScope.contains(.compIter) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", target.loc)
                }
                continue
            }
            switch ste.blockType {
            case .function:
                try addDef(name, inScope.contains(.global) ? .global : .nonlocal, target.loc)
                recordDirective(name, target.loc)
                try addDef(name, .local, target.loc, in: ste)
                return
            case .module:
                try addDef(name, .global, target.loc)
                recordDirective(name, target.loc)
                try addDef(name, .global, target.loc, in: ste)
                return
            case .classBlock:
                throw error("assignment expression within a comprehension cannot be used in a class body", target.loc)
            case .annotation:
                continue
            }
        }
    }
}
