// Expressions: each compiles to operations leaving its value as a Value. Operand order
// is CPython's (left to right, a call's function before its arguments, dict keys
// before their values); earlier operands wait on the stack while later ones compile.

import WeftSyntax

extension GraphBuilder {
    func constant(_ c: ConstantValue) -> Constant {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .complex(real: 0, imag: d)
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// The value of a constant expression, if it is one (tuples of constants included).
    func constantValue(_ e: Expr) -> Constant? {
        switch e.kind {
        case .constant(let c, _): return constant(c)
        case .tuple(let elts, .load):
            var cs: [Constant] = []
            for x in elts {
                guard let c = constantValue(x) else { return nil }
                cs.append(c)
            }
            return .tuple(cs)
        case .name("__debug__", .load): return .bool(true)
        default: return nil
        }
    }

    /// Truth value of a constant, as Python computes it.
    func truth(_ c: Constant) -> Bool? {
        switch c {
        case .none: return false
        case .ellipsis: return true
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .str(let s): return !s.codePoints.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        default: return nil
        }
    }

    /// Evaluates expressions left to right, each kept alive while the next compiles.
    func evaluate(_ es: [Expr]) throws(SyntaxError) -> [Value] {
        let base = stack.count
        for e in es { push(try expr(e)) }
        let values = Array(stack[base...])
        stack.removeLast(es.count)
        return values
    }

    func expr(_ e: Expr) throws(SyntaxError) -> Value {
        let saved = loc
        loc = e.loc
        defer { loc = saved }
        if let c = constantValue(e) { return .constant(c) }
        switch e.kind {
        case .name(let n, _):
            return loadName(mangle(n), e.loc)
        case .constant(let c, _):
            return .constant(constant(c))
        case .binOp(let l, let op, let r):
            let vs = try evaluate([l, r])
            return emit(OpCode.binary(op, inplace: false), vs, e.loc)
        case .unaryOp(let op, let x):
            let v = try expr(x)
            switch op {
            case .not: return emit(.not_, [v], e.loc)
            case .uSub: return emit(.neg, [v], e.loc)
            case .uAdd: return emit(.pos, [v], e.loc)
            case .invert: return emit(.invert, [v], e.loc)
            }
        case .boolOp(let op, let values):
            return try boolOp(op, values)
        case .compare(let left, let ops, let comparators):
            return try compare(left, ops, comparators)
        case .ifExp(let test, let body, let orelse):
            let end = JoinPoint(slotCount: slots.count, stackCount: stack.count + 1)
            let t = newJoin(), f = newJoin()
            try condition(test, ifTrue: t, ifFalse: f)
            enter(t)
            push(try expr(body))
            jump(end)
            enter(f)
            push(try expr(orelse))
            jump(end)
            enter(end)
            return pop()
        case .namedExpr(let target, let value):
            guard case .name(let n, _) = target.kind else { throw error("cannot use assignment expressions with \(exprName(target))") }
            let v = try expr(value)
            push(v)
            storeName(mangle(n), stack.last!, target.loc)
            return pop()
        case .call(let f, let args, let keywords):
            return try call(f, args, keywords, e.loc)
        case .attribute(let obj, let attr, _):
            let o = try expr(obj)
            return emit(.getattr, [o, str(mangle(attr))], e.loc)
        case .subscript(let obj, let index, _):
            let o = try expr(obj)
            push(o)
            let i = try slice(index)
            let o2 = pop()
            return emit(.getitem, [o2, i], e.loc)
        case .slice:
            return try slice(e)
        case .starred:
            throw error("can't use starred expression here", at: e.loc)
        case .tuple(let elts, _):
            if elts.contains(where: isStarred) {
                let l = try listWithStars(elts)
                return emit(.listToTuple, [l], e.loc)
            }
            return emit(.newtuple, try evaluate(elts), e.loc)
        case .list(let elts, _):
            if elts.contains(where: isStarred) { return try listWithStars(elts) }
            return emit(.newlist, try evaluate(elts), e.loc)
        case .set(let elts):
            guard elts.contains(where: isStarred) else {
                // CPython folds three or more constants into a frozenset constant.
                let folded = elts.count > 2 && elts.allSatisfy { foldedConstant($0) != nil }
                return emit(folded ? .newConstSet : .newset, try evaluate(elts), e.loc)
            }
            return try collectionWithStars(elts, new: .newset, add: .setAdd, extend: .setUpdate)
        case .dict(let keys, let values):
            return try dict(keys, values, e.loc)
        case .joinedStr(let parts):
            return try joinedStr(parts, e.loc)
        case .formattedValue:
            return try joinedStr([e], e.loc)
        case .lambda(let l):
            return try makeLambda(l, e.loc)
        case .listComp(let c), .setComp(let c), .dictComp(let c), .generatorExp(let c):
            return try comprehension(c, e)
        case .yield(let v):
            try checkYield(e.loc)
            let value = try v.map { x throws(SyntaxError) in try expr(x) } ?? .none
            return emit(.yield_, [value], e.loc)
        case .yieldFrom(let v):
            try checkYield(e.loc)
            if scope.isCoroutine { throw error("'yield from' inside async function", at: e.loc) }
            let it = emit(.getYieldFromIter, [try expr(v)], e.loc)
            return emit(.yieldFrom, [it], e.loc)
        case .await(let v):
            if !scope.isCoroutine || scope.kind == .lambda {
                throw error(scope.kind == .module || scope.kind == .classBody ? "'await' outside function" : "'await' outside async function", at: e.loc)
            }
            let a = emit(.getAwaitable, [try expr(v)], e.loc)
            return emit(.yieldFrom, [a], e.loc)
        }
    }

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    func checkYield(_ at: Loc) throws(SyntaxError) {
        if !isFunctionLike || scope.kind == .comprehension && !scope.isGenerator {
            throw error("'yield' outside function", at: at)
        }
    }

    /// A list display holding starred items: appended and extended one by one. The
    /// `prefix` values on top of the stack (already evaluated) come first.
    func listWithStars(_ elts: [Expr], prefix: Int = 0) throws(SyntaxError) -> Value {
        try collectionWithStars(elts, prefix: prefix, new: .newlist, add: .listAppend, extend: .listExtend)
    }

    /// A list or set display with starred items, built item by item.
    /// `forCall`: these are the arguments of the function just below on the stack (named
    /// by the errors of `extend`).
    func collectionWithStars(_ elts: [Expr], prefix: Int = 0, new: OpCode, add: OpCode, extend: OpCode,
                             forCall: Bool = false) throws(SyntaxError) -> Value {
        let pre = Array(stack.suffix(prefix))
        stack.removeLast(prefix)
        push(emit(new, pre, loc))
        for x in elts {
            if case .starred(let inner, _) = x.kind {
                let v = try expr(inner)
                emit(extend, [stack.last!, v] + (forCall ? [stack[stack.count - 2]] : []), x.loc)
            } else {
                let v = try expr(x)
                emit(add, [stack.last!, v], x.loc)
            }
        }
        return pop()
    }

    func slice(_ e: Expr) throws(SyntaxError) -> Value {
        guard case .slice(let lo, let hi, let step) = e.kind else { return try expr(e) }
        let parts = [lo, hi, step]
        let base = stack.count
        for p in parts { push(try p.map { x throws(SyntaxError) in try expr(x) } ?? .none) }
        let vs = Array(stack[base...])
        stack.removeLast(3)
        return emit(.newslice, vs, e.loc)
    }

    func dict(_ keys: [Expr?], _ values: [Expr], _ at: Loc) throws(SyntaxError) -> Value {
        if !keys.contains(where: { $0 == nil }) {
            var flat: [Expr] = []
            for (k, v) in zip(keys, values) { flat.append(k!); flat.append(v) }
            return emit(.newdict, try evaluate(flat), at)
        }
        push(emit(.newdict, [], at))
        for (k, v) in zip(keys, values) {
            if let k = k {
                let vs = try evaluate([k, v])
                emit(.dictSetitem, [stack.last!] + vs, k.loc)
            } else {
                let m = try expr(v)
                emit(.dictUpdate, [stack.last!, m], v.loc)
            }
        }
        return pop()
    }

    func boolOp(_ op: BoolOperator, _ values: [Expr]) throws(SyntaxError) -> Value {
        let end = JoinPoint(slotCount: slots.count, stackCount: stack.count + 1)
        for (k, x) in values.enumerated() {
            push(try expr(x))
            if k == values.count - 1 {
                jump(end)
                break
            }
            let t = emit(.bool, [stack.last!], x.loc)
            let next = JoinPoint(slotCount: slots.count, stackCount: stack.count - 1)
            if op == .or {
                branch(t, ifFalse: next, ifTrue: end)
            } else {
                branch(t, ifFalse: end, ifTrue: next)
            }
            enter(next)
        }
        enter(end)
        return pop()
    }

    func compare(_ first: Expr, _ ops: [CmpOperator], _ comparators: [Expr]) throws(SyntaxError) -> Value {
        let end = JoinPoint(slotCount: slots.count, stackCount: stack.count + 1)
        var left = try expr(first)
        for k in ops.indices {
            push(left)
            let right = try expr(comparators[k])
            left = pop()
            let at = Loc.span(k == 0 ? first.loc : comparators[k - 1].loc, comparators[k].loc)
            if k == ops.count - 1 {
                push(emit(OpCode.compare(ops[k]), compareArgs(ops[k], left, right), at))
                jump(end)
                break
            }
            push(right)
            push(emit(OpCode.compare(ops[k]), compareArgs(ops[k], left, stack.last!), at))
            let t = emit(.bool, [stack.last!], at)
            let fail = JoinPoint(slotCount: slots.count, stackCount: stack.count)
            let cont = JoinPoint(slotCount: slots.count, stackCount: stack.count - 1)
            branch(t, ifFalse: fail, ifTrue: cont)
            enter(fail)
            let v = pop()
            _ = pop()
            push(v)
            jump(end)
            enter(cont)
            left = pop()
        }
        enter(end)
        return pop()
    }

    /// Operands in the operation's order: `contains` takes the container first.
    func compareArgs(_ op: CmpOperator, _ left: Value, _ right: Value) -> [Value] {
        op == .in || op == .notIn ? [right, left] : [left, right]
    }

    /// Compiles `e` as a condition, jumping to `ifTrue` or `ifFalse`.
    func condition(_ e: Expr, ifTrue: JoinPoint, ifFalse: JoinPoint) throws(SyntaxError) {
        if let c = constantValue(e), let t = truth(c) {
            jump(t ? ifTrue : ifFalse)
            return
        }
        switch e.kind {
        case .unaryOp(.not, let x):
            try condition(x, ifTrue: ifFalse, ifFalse: ifTrue)
        case .boolOp(let op, let values):
            for x in values.dropLast() {
                let next = newJoin()
                if op == .and {
                    try condition(x, ifTrue: next, ifFalse: ifFalse)
                } else {
                    try condition(x, ifTrue: ifTrue, ifFalse: next)
                }
                enter(next)
            }
            try condition(values.last!, ifTrue: ifTrue, ifFalse: ifFalse)
        default:
            let v = try expr(e)
            let t = emit(.bool, [v], e.loc)
            branch(t, ifFalse: ifFalse, ifTrue: ifTrue)
        }
    }

    func call(_ f: Expr, _ args: [Expr], _ keywords: [Keyword], _ at: Loc) throws(SyntaxError) -> Value {
        push(try expr(f))
        return try callPushed(prefix: 0, args, keywords, at)
    }

    /// Calls the callable on the stack, below `prefix` already evaluated positional
    /// arguments, with `args` and `keywords` still to evaluate.
    func callPushed(prefix: Int, _ args: [Expr], _ keywords: [Keyword], _ at: Loc) throws(SyntaxError) -> Value {
        var seen = Set<String>()
        for k in keywords {
            if let n = k.arg, !seen.insert(n).inserted { throw error("keyword argument repeated: \(n)", at: k.loc) }
        }
        let pre = Array(stack.suffix(prefix))
        stack.removeLast(prefix)
        let simple = !args.contains(where: isStarred) && !keywords.contains { $0.arg == nil }
        if simple {
            for v in pre { push(v) }
            let vs0 = try evaluate(args + keywords.map { $0.value })
            let vs = Array(stack.suffix(prefix)) + vs0
            stack.removeLast(prefix)
            let fn = pop()
            if keywords.isEmpty { return emit(.simpleCall, [fn] + vs, at) }
            let names = Constant.tuple(keywords.map { .string($0.arg!) })
            return emit(.callKw, [fn, .constant(names)] + vs, at)
        }
        for v in pre { push(v) }
        // Star arguments: a positional tuple and a keyword dict, then call_ex.
        if args.contains(where: isStarred) || prefix > 0 {
            let l = try collectionWithStars(args, prefix: prefix, new: .newlist, add: .listAppend, extend: .listExtend, forCall: true)
            push(emit(.listToTuple, [l], at))
        } else {
            push(emit(.newtuple, try evaluate(args), at))
        }
        if keywords.isEmpty {
            push(.none)
        } else {
            push(emit(.newdict, [], at))
            for k in keywords {
                let v = try expr(k.value)
                if let n = k.arg {
                    let one = emit(.newdict, [str(n), v], k.loc)
                    emit(.dictMerge, [stack.last!, one, stack[stack.count - 3]], k.loc)
                } else {
                    emit(.dictMerge, [stack.last!, v, stack[stack.count - 3]], k.loc)
                }
            }
        }
        let kw = pop(), pos = pop(), fn = pop()
        return emit(.callEx, [fn, pos, kw], at)
    }

    func joinedStr(_ parts: [Expr], _ at: Loc) throws(SyntaxError) -> Value {
        let base = stack.count
        for p in parts {
            switch p.kind {
            case .formattedValue(let v, let conversion, let spec):
                push(try expr(v))
                let s = try spec.map { x throws(SyntaxError) in try expr(x) } ?? .none
                let value = pop()
                push(emit(.formatValue, [value, .constant(.int(.init(conversion))), s], p.loc))
            default:
                push(try expr(p))
            }
        }
        let vs = Array(stack[base...])
        stack.removeLast(parts.count)
        if vs.count == 1, case .formattedValue = parts[0].kind { return vs[0] }
        if vs.isEmpty { return .constant(.string("")) }
        return emit(.buildString, vs, at)
    }
}
