// CompileOrderWalk over expressions, in compile.c's order: dict keys and values
// interleaved, a walrus's value before its target, a comprehension's body (its own code
// object) before its first iterable.

extension CompileOrderWalk {
    func exprs(_ es: [Expr]) {
        for e in es { expr(e) }
    }

    func expr(_ e: Expr) {
        if let children = childExpressions(e, .compiler) {
            for c in children { expr(c) }
            return
        }
        special(e)
    }

    /// Each kind in a function of its own, so that the recursion's frames stay small.
    func special(_ e: Expr) {
        switch e.kind {
        case .name(let id, _): name(id)
        case .namedExpr: namedExpr(e)
        case .lambda: lambda(e)
        case .listComp, .setComp, .dictComp, .generatorExp: comprehension(e)
        case .await, .yield, .yieldFrom: suspension(e)
        default: break
        }
    }

    func namedExpr(_ e: Expr) {
        guard case .namedExpr(let target, let value) = e.kind else { return }
        expr(value)
        expr(target)
    }

    func lambda(_ e: Expr) {
        guard case .lambda(let lam) = e.kind else { return }
        exprs(lam.args.defaults)
        for d in lam.args.kwDefaults { if let d = d { expr(d) } }
        inUnit(lam.scope) { expr(lam.body) }
    }

    /// await, yield and yield from: allowed only in (some) functions.
    func suspension(_ e: Expr) {
        let inFunction = scope.blockType == .function
        switch e.kind {
        case .await(let v):
            if !inFunction {
                fail("'await' outside function", e.loc)
            } else if !isAsyncDef && scope.kind != .comprehension {
                fail("'await' outside async function", e.loc)
            }
            expr(v)
        case .yield(let v):
            if !inFunction { fail("'yield' outside function", e.loc) }
            if let v = v { expr(v) }
        case .yieldFrom(let v):
            if !inFunction {
                fail("'yield' outside function", e.loc)
            } else if isAsyncDef {
                fail("'yield from' inside async function", e.loc)
            }
            expr(v)
        default:
            break
        }
    }

    func comprehension(_ e: Expr) {
        let c: Comprehension, isGenexp: Bool
        switch e.kind {
        case .listComp(let x), .setComp(let x), .dictComp(let x): (c, isGenexp) = (x, false)
        case .generatorExp(let x): (c, isGenexp) = (x, true)
        default: return
        }
        guard let first = c.generators.first else { return }
        let asyncAllowed = isAsyncDef || scope.kind == .comprehension
        inUnit(c.scope) {
            if scope.isCoroutine && !isGenexp && !asyncAllowed {
                fail("asynchronous comprehension outside of an asynchronous function", e.loc)
            }
            for (i, g) in c.generators.enumerated() {
                // The first iterable arrives as ".0", evaluated outside.
                if i > 0 { expr(g.iter) }
                expr(g.target)
                exprs(g.ifs)
            }
            expr(c.elt)
            if let v = c.value { expr(v) }
        }
        expr(first.iter)
    }
}
