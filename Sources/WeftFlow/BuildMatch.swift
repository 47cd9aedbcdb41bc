// The match statement (PEP 634) as CPython 3.11 compiles it: the subject is evaluated
// once; each pattern tests it with the match_* operations, collecting captured values
// on the stack; names are bound only when the whole pattern has matched, then the guard
// runs. `pattern(_:fail:)` expects its subject on top of the stack and leaves it there,
// with the captured values pushed above it on success.

import WeftSyntax

extension GraphBuilder {
    func matchStmt(_ subject: Expr, _ cases: [MatchCase], _ at: Loc) throws(SyntaxError) {
        let end = newJoin()
        let subjectSlot = tempSlot("subject", try expr(subject))
        for (k, c) in cases.enumerated() {
            loc = c.pattern.loc
            if c.guardExpr == nil && k < cases.count - 1, let why = irrefutable(c.pattern) {
                throw error(why, at: c.pattern.loc)
            }
            let fail = newJoin()
            push(slots[subjectSlot])
            var names = try pattern(c.pattern, fail: fail)
            var seen = Set<String>()
            for n in names where !seen.insert(n).inserted {
                throw error("multiple assignments to name '\(n)' in pattern", at: c.pattern.loc)
            }
            let values = Array(stack.suffix(names.count))
            stack.removeLast(names.count + 1)
            for (n, v) in zip(names, values) { storeName(mangle(n), v, c.pattern.loc) }
            names.removeAll()
            if let g = c.guardExpr {
                let ok = newJoin()
                try condition(g, ifTrue: ok, ifFalse: fail)
                enter(ok)
            }
            try stmts(c.body)
            jump(end)
            enter(fail)
        }
        jump(end)
        freeSlot(subjectSlot)
        enter(end)
    }

    /// Why a pattern makes later cases unreachable, if it matches everything.
    func irrefutable(_ p: Pattern) -> String? {
        switch p.kind {
        case .matchAs(nil, nil): return "wildcard makes remaining patterns unreachable"
        case .matchAs(nil, let n?): return "name capture '\(n)' makes remaining patterns unreachable"
        case .matchAs(let sub?, _): return irrefutable(sub)
        case .matchOr(let ps): return ps.lazy.compactMap { self.irrefutable($0) }.first
        default: return nil
        }
    }

    /// The value of a pattern literal: a constant, a negated number, or a complex
    /// literal `real ± imag j`, folded as CPython's AST optimizer folds them.
    func literalValue(_ e: Expr) -> Constant? {
        if let c = constantValue(e) { return c }
        switch e.kind {
        case .unaryOp(.uSub, let x):
            switch constantValue(x) {
            case .int(let i)?: return .int(-i)
            case .float(let d)?: return .float(-d)
            case .complex(let r, let i)?: return .complex(real: -r, imag: -i)
            default: return nil
            }
        case .binOp(let l, let op, let r) where op == .add || op == .sub:
            guard case .complex(_, let im)? = constantValue(r), let left = literalValue(l) else { return nil }
            let re: Double
            switch left {
            case .int(let i): re = Double(i)
            case .float(let d): re = d
            default: return nil
            }
            return .complex(real: re, imag: op == .add ? im : -im)
        default:
            return nil
        }
    }

    func isWildcard(_ p: Pattern) -> Bool {
        if case .matchAs(nil, nil) = p.kind { return true }
        if case .matchStar(nil) = p.kind { return true }
        return false
    }

    /// Branches to `fail` unless `test` (a bool) is true.
    func require(_ test: Value, fail: JoinPoint) {
        let ok = newJoin()
        branch(test, ifFalse: fail, ifTrue: ok)
        enter(ok)
    }

    func pattern(_ p: Pattern, fail: JoinPoint) throws(SyntaxError) -> [String] {
        let s = stack.count - 1
        let at = p.loc
        switch p.kind {
        case .matchValue(let e):
            let v = try expr(e)
            require(emit(.bool, [emit(.eq, [stack[s], v], at)], at), fail: fail)
            return []
        case .matchSingleton(let c):
            require(emit(.is_, [stack[s], .constant(constant(c))], at), fail: fail)
            return []
        case .matchAs(let sub, let name):
            var names: [String] = []
            if let sub = sub {
                names = try pattern(sub, fail: fail)
            }
            if let n = name {
                push(stack[s])
                names.append(n)
            }
            return names
        case .matchStar:
            throw error("can't use starred name here", at: at)
        case .matchOr(let alternatives):
            return try orPattern(alternatives, fail: fail, at: at)
        case .matchSequence(let ps):
            return try sequencePattern(ps, fail: fail, at: at)
        case .matchMapping(let keys, let ps, let rest):
            return try mappingPattern(keys, ps, rest, fail: fail, at: at)
        case .matchClass(let cls, let ps, let attrs, let kps):
            var seen = Set<String>()
            for a in attrs where !seen.insert(a).inserted {
                throw error("attribute name repeated in class pattern: \(a)", at: at)
            }
            let c = try expr(cls)
            let r = emit(.matchClass, [stack[s], c, .constant(.int(.init(ps.count))), .constant(.tuple(attrs.map { .string($0) }))], at)
            push(r)
            require(emit(.isNot, [stack.last!, .none], at), fail: fail)
            let attrsAt = stack.count - 1
            var names: [String] = []
            for (k, sub) in (ps + kps).enumerated() where !isWildcard(sub) {
                push(emit(.tupleGetitem, [stack[attrsAt], .constant(.int(.init(k)))], sub.loc))
                names += try subpattern(sub, fail: fail)
            }
            stack.remove(at: attrsAt)
            return names
        }
    }

    /// Matches `p` against the value on top of the stack, then removes that value from
    /// under the captures.
    func subpattern(_ p: Pattern, fail: JoinPoint) throws(SyntaxError) -> [String] {
        let at = stack.count - 1
        let names = try pattern(p, fail: fail)
        stack.remove(at: at)
        return names
    }

    func orPattern(_ alternatives: [Pattern], fail: JoinPoint, at: Loc) throws(SyntaxError) -> [String] {
        let base = stack.count
        var canonical: [String]?
        var success: JoinPoint?
        for (k, alt) in alternatives.enumerated() {
            if k < alternatives.count - 1, let why = irrefutable(alt) {
                throw error(why.hasPrefix("wildcard") ? "wildcard makes remaining patterns unreachable"
                            : "alternative patterns bind different names", at: alt.loc)
            }
            let next = k == alternatives.count - 1 ? fail : newJoin()
            let names = try pattern(alt, fail: next)
            if let c = canonical {
                guard Set(c) == Set(names), c.count == names.count else {
                    throw error("alternative patterns bind different names", at: alt.loc)
                }
                let values = Array(stack.suffix(names.count))
                stack.removeLast(names.count)
                for n in c { push(values[names.firstIndex(of: n)!]) }
            } else {
                canonical = names
                success = JoinPoint(slotCount: slots.count, stackCount: base + names.count)
            }
            jump(success!)
            if k < alternatives.count - 1 { enter(next) }
        }
        enter(success!)
        return canonical ?? []
    }

    func sequencePattern(_ ps: [Pattern], fail: JoinPoint, at: Loc) throws(SyntaxError) -> [String] {
        let s = stack.count - 1
        let stars = ps.indices.filter { if case .matchStar = ps[$0].kind { return true }; return false }
        if stars.count > 1 { throw error("multiple starred names in sequence pattern", at: at) }
        let star = stars.first
        let n = ps.count
        require(emit(.matchSequence, [stack[s]], at), fail: fail)
        let len = emit(.getLen, [stack[s]], at)
        let lenOK = star == nil ? emit(.eq, [len, .constant(.int(.init(n)))], at) : emit(.ge, [len, .constant(.int(.init(n - 1)))], at)
        require(emit(.bool, [lenOK], at), fail: fail)
        if ps.allSatisfy(isWildcard) { return [] }
        var names: [String] = []
        if let st = star, isWildcard(ps[st]) {
            // A wildcard star: subscript the items around it (the subject may not iterate).
            for (k, sub) in ps.enumerated() where !isWildcard(sub) {
                let index: Value
                if k < st {
                    index = .constant(.int(.init(k)))
                } else {
                    index = emit(.sub, [emit(.getLen, [stack[s]], sub.loc), .constant(.int(.init(n - k)))], sub.loc)
                }
                push(emit(.getitem, [stack[s], index], sub.loc))
                names += try subpattern(sub, fail: fail)
            }
            return names
        }
        // Unpack, as CPython does: UNPACK_SEQUENCE, or UNPACK_EX around a named star.
        let items: Value
        if let st = star {
            items = emit(.unpackEx, [stack[s], .constant(.int(.init(st))), .constant(.int(.init(n - st - 1)))], at)
        } else {
            items = emit(.unpackSequence, [stack[s], .constant(.int(.init(n)))], at)
        }
        push(items)
        let itemsAt = stack.count - 1
        for (k, sub) in ps.enumerated() {
            let item = emit(.tupleGetitem, [stack[itemsAt], .constant(.int(.init(k)))], sub.loc)
            if case .matchStar(let name) = sub.kind {
                if let nm = name { push(item); names.append(nm) }
                continue
            }
            push(item)
            names += try subpattern(sub, fail: fail)
        }
        stack.remove(at: itemsAt)
        return names
    }

    func mappingPattern(_ keys: [Expr], _ ps: [Pattern], _ rest: String?, fail: JoinPoint, at: Loc) throws(SyntaxError) -> [String] {
        let s = stack.count - 1
        require(emit(.matchMapping, [stack[s]], at), fail: fail)
        if keys.isEmpty && rest == nil { return [] }
        if !keys.isEmpty {
            let len = emit(.getLen, [stack[s]], at)
            require(emit(.bool, [emit(.ge, [len, .constant(.int(.init(keys.count)))], at)], at), fail: fail)
        }
        var literal: [Constant] = []
        for k in keys {
            switch k.kind {
            case .attribute: continue
            default:
                guard let c = literalValue(k) else {
                    throw error("mapping pattern keys may only match literals and attribute lookups", at: k.loc)
                }
                if literal.contains(where: { $0.same(as: c) }) {
                    throw error("mapping pattern checks duplicate key (\(c))", at: k.loc)
                }
                literal.append(c)
            }
        }
        push(emit(.newtuple, try evaluate(keys), at))
        let keysAt = stack.count - 1
        push(emit(.matchKeys, [stack[s], stack[keysAt]], at))
        require(emit(.isNot, [stack.last!, .none], at), fail: fail)
        let valuesAt = stack.count - 1
        var names: [String] = []
        for (k, sub) in ps.enumerated() where !isWildcard(sub) {
            push(emit(.tupleGetitem, [stack[valuesAt], .constant(.int(.init(k)))], sub.loc))
            names += try subpattern(sub, fail: fail)
        }
        if let r = rest {
            push(emit(.copyDictWithoutKeys, [stack[s], stack[keysAt]], at))
            names.append(r)
        }
        stack.remove(at: valuesAt)
        stack.remove(at: keysAt)
        return names
    }
}
