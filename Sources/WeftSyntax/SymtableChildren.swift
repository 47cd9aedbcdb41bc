// The sub-expressions of the expression kinds that the symbol table passes merely
// descend into, in visiting order. The passes recurse through a small loop over this
// list rather than through one big switch: a debug build gives a function a stack slot
// for every binding of every case, and expressions nest up to the parser's 900 levels.

enum ChildOrder {
    /// symtable.c's order: a dict's keys, then its values.
    case symtable
    /// compile.c's order: a dict's key and value pairs in turn.
    case compiler
}

/// nil for the kinds each pass handles itself: names, lambdas, comprehensions, walrus,
/// yield, yield from and await.
func childExpressions(_ e: Expr, _ order: ChildOrder) -> [Expr]? {
    switch e.kind {
    case .boolOp(_, let values), .joinedStr(let values), .set(let values), .list(let values, _), .tuple(let values, _):
        return values
    case .binOp(let l, _, let r):
        return [l, r]
    case .unaryOp(_, let v), .attribute(let v, _, _), .starred(let v, _):
        return [v]
    case .ifExp(let test, let body, let orelse):
        return [test, body, orelse]
    case .dict(let keys, let values):
        if order == .symtable { return keys.compactMap { $0 } + values }
        var out: [Expr] = []
        for (i, v) in values.enumerated() {
            if i < keys.count, let k = keys[i] { out.append(k) }
            out.append(v)
        }
        return out
    case .compare(let l, _, let rest):
        return [l] + rest
    case .call(let f, let args, let keywords):
        return [f] + args + keywords.map { $0.value }
    case .formattedValue(let v, _, let spec):
        return spec.map { [v, $0] } ?? [v]
    case .constant:
        return []
    case .subscript(let v, let index, _):
        return [v, index]
    case .slice(let lower, let upper, let step):
        return [lower, upper, step].compactMap { $0 }
    case .name, .namedExpr, .lambda, .listComp, .setComp, .dictComp, .generatorExp, .yield, .yieldFrom, .await:
        return nil
    }
}
