// CompileOrderWalk over match statements (compile.c's compiler_match and
// compiler_pattern_*): a pattern's values are evaluated as it is matched, the names it
// captures are stored only once the whole pattern has matched, in capture order (an
// or-pattern stores in its first alternative's order). The compiler's pattern errors
// are found here, located where compile.c reports them: at the last pattern node it
// entered, which is why `loc` is tracked as the compiler's SET_LOC does.
// Not checked: duplicate literal keys in mapping patterns (they need constant folding).

struct PatternContext {
    var stores: [String] = []
    var allowIrrefutable: Bool
    /// The compiler's current location: the last pattern node entered.
    var loc: Loc
}

extension CompileOrderWalk {
    func match(_ subject: Expr, _ cases: [MatchCase]) {
        expr(subject)
        // A last `case _:` (when not alone) compiles without its pattern.
        var patterned = cases.count
        if cases.count > 1, let last = cases.last, isWildcard(last.pattern) { patterned -= 1 }
        for (i, c) in cases.enumerated() {
            if i < patterned {
                // Irrefutable cases must be either guarded, last, or both.
                var pc = PatternContext(allowIrrefutable: c.guardExpr != nil || i == cases.count - 1, loc: c.pattern.loc)
                pattern(c.pattern, &pc)
                for n in pc.stores { name(n) }
            }
            if let g = c.guardExpr { expr(g) }
            stmts(c.body)
        }
    }

    func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(.none, .none) = p.kind { return true }
        return false
    }

    func isStarWildcard(_ p: Pattern) -> Bool {
        if case .matchStar(.none) = p.kind { return true }
        return false
    }

    func pattern(_ p: Pattern, _ pc: inout PatternContext) {
        pc.loc = p.loc
        switch p.kind {
        case .matchValue(let e):
            expr(e)
        case .matchSingleton:
            break
        case .matchSequence(let ps):
            let stars = ps.indices.filter { if case .matchStar = ps[$0].kind { return true }; return false }
            if stars.count > 1 { return fail("multiple starred names in sequence pattern", pc.loc) }
            let onlyWildcards = ps.allSatisfy { isWildcard($0) || isStarWildcard($0) }
            let starWildcard = stars.first.map { isStarWildcard(ps[$0]) } ?? false
            if onlyWildcards { return }
            for q in ps {
                // With `*_`, the items are fetched by index and wildcards skipped.
                if starWildcard && (isWildcard(q) || isStarWildcard(q)) { continue }
                subpattern(q, &pc)
            }
        case .matchMapping(let keys, let ps, let rest):
            if keys.isEmpty && rest == nil { return }
            exprs(keys)
            for q in ps { subpattern(q, &pc) }
            store(rest, &pc)
        case .matchClass(let cls, let ps, let attrs, let kps):
            for i in attrs.indices where i < kps.count {
                pc.loc = kps[i].loc
                for j in (i + 1)..<attrs.count where j < kps.count && attrs[j] == attrs[i] {
                    pc.loc = kps[j].loc
                    return fail("attribute name repeated in class pattern: \(attrs[i])", pc.loc)
                }
            }
            pc.loc = p.loc
            expr(cls)
            for q in ps + kps where !isWildcard(q) { subpattern(q, &pc) }
        case .matchStar(let n):
            store(n, &pc)
        case .matchAs(let sub, let n):
            if let q = sub {
                subpattern(q, &pc)
            } else if !pc.allowIrrefutable {
                if let n = n { return fail("name capture '\(n)' makes remaining patterns unreachable", pc.loc) }
                return fail("wildcard makes remaining patterns unreachable", pc.loc)
            }
            store(n, &pc)
        case .matchOr(let alternatives):
            orPattern(alternatives, &pc)
        }
    }

    /// Every alternative must bind the same names; only the last may be irrefutable.
    func orPattern(_ alternatives: [Pattern], _ pc: inout PatternContext) {
        let outer = pc
        var control: [String]?
        for (i, alt) in alternatives.enumerated() {
            pc.loc = alt.loc
            pc.stores = []
            pc.allowIrrefutable = i == alternatives.count - 1 && outer.allowIrrefutable
            pattern(alt, &pc)
            guard let first = control else {
                control = pc.stores
                continue
            }
            if pc.stores.count != first.count || first.contains(where: { !pc.stores.contains($0) }) {
                return fail("alternative patterns bind different names", pc.loc)
            }
        }
        let loc = pc.loc
        pc = outer
        pc.loc = loc
        for n in control ?? [] { store(n, &pc) }
    }

    func subpattern(_ p: Pattern, _ pc: inout PatternContext) {
        let allow = pc.allowIrrefutable
        pc.allowIrrefutable = true
        pattern(p, &pc)
        pc.allowIrrefutable = allow
    }

    func store(_ n: String?, _ pc: inout PatternContext) {
        guard let n = n else { return }
        if pc.stores.contains(n) { return fail("multiple assignments to name '\(n)' in pattern", pc.loc) }
        pc.stores.append(n)
    }
}
