// Assignment and deletion targets: expressions parsed as values are re-marked Store or
// Del after checking that they can be targets, with CPython's messages when they cannot.

extension Parser {
    /// star_targets: star_target !',' | star_target (',' star_target)* [',']
    mutating func starTargets() throws(SyntaxError) -> Expr {
        let start = tok
        let first = try starTarget()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            if kind == .kwIn || kind == .equal || kind == .rpar || !startsExpression { break }
            elts.append(try starTarget())
        }
        return Expr(.tuple(elts, .store), loc(from: start))
    }

    /// star_target: '*' (!'*' star_target) | target_with_star_atom
    mutating func starTarget() throws(SyntaxError) -> Expr {
        if kind == .star {
            let start = tok
            advance()
            let inner = try bitwiseOr()
            return try setContext(Expr(.starred(inner, .load), loc(from: start)), .store)
        }
        return try setContext(try bitwiseOr(), .store)
    }

    /// Marks an assignment target Store; `statementStart` selects CPython's
    /// "Maybe you meant '=='" wording for the first target of a statement.
    mutating func storeTarget(_ e: Expr, statementStart: Bool) throws(SyntaxError) -> Expr {
        do {
            return try setContext(e, .store)
        } catch {
            var err = error
            if statementStart, let bad = invalidTarget(e), isBitwiseOrLevel(bad), !err.message.hasSuffix("None"),
               !err.message.hasSuffix("True"), !err.message.hasSuffix("False"), !err.message.hasSuffix("__debug__"),
               lastElement(e).loc == bad.loc {
                err.message += " here. Maybe you meant '==' instead of '='?"
            }
            throw err
        }
    }

    func lastElement(_ e: Expr) -> Expr {
        if case .tuple(let elts, _) = e.kind, let last = elts.last { return last }
        return e
    }

    func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .yield, .yieldFrom, .generatorExp, .starred: return false
        case .unaryOp(let op, _): return op != .not
        default: return true
        }
    }

    /// The first sub-expression that cannot be a target, if any.
    func invalidTarget(_ e: Expr) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript: return nil
        case .starred(let v, _): return invalidTarget(v)
        case .tuple(let elts, _), .list(let elts, _):
            for x in elts { if let bad = invalidTarget(x) { return bad } }
            return nil
        default: return e
        }
    }

    func setContext(_ e: Expr, _ ctx: ExprContext) throws(SyntaxError) -> Expr {
        switch e.kind {
        case .name(let n, _):
            if n == "__debug__" && ctx != .load {
                throw error(ctx == .del ? "cannot delete __debug__" : "cannot assign to __debug__", at: e.loc)
            }
            return Expr(.name(n, ctx), e.loc)
        case .attribute(let v, let a, _):
            return Expr(.attribute(v, a, ctx), e.loc)
        case .subscript(let v, let s, _):
            return Expr(.subscript(v, s, ctx), e.loc)
        case .starred(let v, _):
            if ctx == .del { throw error("cannot delete starred", at: e.loc) }
            return Expr(.starred(try setContext(v, ctx), ctx), e.loc)
        case .tuple(let elts, _):
            var out: [Expr] = []
            out.reserveCapacity(elts.count)
            for x in elts { out.append(try setContext(x, ctx)) }
            return Expr(.tuple(out, ctx), e.loc)
        case .list(let elts, _):
            var out: [Expr] = []
            out.reserveCapacity(elts.count)
            for x in elts { out.append(try setContext(x, ctx)) }
            return Expr(.list(out, ctx), e.loc)
        default:
            let what = exprName(e)
            throw error(ctx == .del ? "cannot delete \(what)" : "cannot assign to \(what)", at: e.loc)
        }
    }
}

/// CPython's _PyPegen_get_expr_name: how error messages name an expression.
public func exprName(_ e: Expr) -> String {
    switch e.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .constant(let v, _):
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "ellipsis"
        default: return "literal"
        }
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
}
