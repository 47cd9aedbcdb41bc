// Expressions, from star_expressions down to atoms, with Python's precedence:
// lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts < + - < * / // % @
// < unary + - ~ < ** < await < primary (calls, subscripts, attributes) < atom.

extension Parser {
    /// star_expressions: star_expression (',' star_expression)* [','] — a tuple when there is a comma.
    mutating func starExpressions() throws(SyntaxError) -> Expr {
        let start = tok
        let first = try starExpression()
        guard kind == .comma else { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression { break }
            elts.append(try starExpression())
        }
        return Expr(.tuple(elts, .load), loc(from: start))
    }

    /// star_expression: '*' bitwise_or | expression
    mutating func starExpression() throws(SyntaxError) -> Expr {
        if kind == .star {
            let start = tok
            advance()
            let v = try bitwiseOr()
            return Expr(.starred(v, .load), loc(from: start))
        }
        return try expression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    mutating func starNamedExpression() throws(SyntaxError) -> Expr {
        if kind == .star {
            let start = tok
            advance()
            let v = try bitwiseOr()
            return Expr(.starred(v, .load), loc(from: start))
        }
        return try namedExpression()
    }

    /// True when the current token can begin an expression (used after trailing commas).
    var startsExpression: Bool {
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .star, .ellipsis,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .doubleStar:
            return true
        default:
            return false
        }
    }

    /// named_expression: NAME ':=' expression | expression !':='
    mutating func namedExpression() throws(SyntaxError) -> Expr {
        if kind == .name && kind(at: 1) == .colonEqual {
            let start = tok
            let n = text(tok)
            advance(); advance()
            let value = try expression()
            return Expr(.namedExpr(target: Expr(.name(n, .store), loc(start)), value: value), loc(from: start))
        }
        let e = try expression()
        if kind == .colonEqual {
            throw error("cannot use assignment expressions with \(exprName(e))", at: e.loc)
        }
        return e
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    mutating func expression() throws(SyntaxError) -> Expr {
        try enter(); defer { depth -= 1 }
        if kind == .kwLambda { return try lambdef() }
        let start = tok
        let body = try disjunction()
        guard kind == .kwIf else { return body }
        advance()
        let test = try disjunction()
        guard accept(.kwElse) else {
            if kind == .errorToken { throw unexpected() }
            throw error("expected 'else' after 'if' expression", at: Loc.span(body.loc, test.loc))
        }
        let orelse = try expression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), loc(from: start))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    mutating func lambdef() throws(SyntaxError) -> Expr {
        let start = tok
        advance()
        let args = try parameters(closing: .colon)
        try expect(.colon)
        let body = try expression()
        return Expr(.lambda(Lambda(args: args, body: body)), loc(from: start))
    }

    /// disjunction: conjunction ('or' conjunction)+
    mutating func disjunction() throws(SyntaxError) -> Expr {
        let start = tok
        let first = try conjunction()
        guard kind == .kwOr else { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try conjunction()) }
        return Expr(.boolOp(.or, values), loc(from: start))
    }

    /// conjunction: inversion ('and' inversion)+
    mutating func conjunction() throws(SyntaxError) -> Expr {
        let start = tok
        let first = try inversion()
        guard kind == .kwAnd else { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try inversion()) }
        return Expr(.boolOp(.and, values), loc(from: start))
    }

    /// inversion: 'not' inversion | comparison
    mutating func inversion() throws(SyntaxError) -> Expr {
        guard kind == .kwNot else { return try comparison() }
        try enter(); defer { depth -= 1 }
        let start = tok
        advance()
        let operand = try inversion()
        return Expr(.unaryOp(.not, operand), loc(from: start))
    }

    /// comparison: bitwise_or compare_op_bitwise_or_pair+
    mutating func comparison() throws(SyntaxError) -> Expr {
        let start = tok
        let left = try bitwiseOr()
        var ops: [CmpOperator] = []
        var comparators: [Expr] = []
        while true {
            let op: CmpOperator
            switch kind {
            case .equalEqual: op = .eq
            case .notEqual: op = .notEq
            case .less: op = .lt
            case .lessEqual: op = .ltE
            case .greater: op = .gt
            case .greaterEqual: op = .gtE
            case .kwIn: op = .in
            case .kwNot:
                guard kind(at: 1) == .kwIn else { return finishCompare(left, ops, comparators, start) }
                advance()
                op = .notIn
            case .kwIs:
                if kind(at: 1) == .kwNot { advance(); op = .isNot } else { op = .is }
            default:
                return finishCompare(left, ops, comparators, start)
            }
            advance()
            ops.append(op)
            comparators.append(try bitwiseOr())
        }
    }

    func finishCompare(_ left: Expr, _ ops: [CmpOperator], _ comparators: [Expr], _ start: Token) -> Expr {
        if ops.isEmpty { return left }
        return Expr(.compare(left, ops, comparators), loc(from: start))
    }

    /// The binary-operator levels from bitwise_or down to term are left-associative loops;
    /// each wrapped node counts as a nesting level so that the tree depth stays bounded.
    mutating func binaryLevel(_ level: Int) throws(SyntaxError) -> Expr {
        let start = tok
        var left = level == 5 ? try factor() : try binaryLevel(level + 1)
        var wrapped = 0
        defer { depth -= wrapped }
        while true {
            let op: BinaryOperator
            switch (level, kind) {
            case (0, .vbar): op = .bitOr
            case (1, .circumflex): op = .bitXor
            case (2, .amper): op = .bitAnd
            case (3, .leftShift): op = .lShift
            case (3, .rightShift): op = .rShift
            case (4, .plus): op = .add
            case (4, .minus): op = .sub
            case (5, .star): op = .mult
            case (5, .slash): op = .div
            case (5, .doubleSlash): op = .floorDiv
            case (5, .percent): op = .mod
            case (5, .at): op = .matMult
            default: return left
            }
            advance()
            try enter()
            wrapped += 1
            let right = level == 5 ? try factor() : try binaryLevel(level + 1)
            left = Expr(.binOp(left, op, right), loc(from: start))
        }
    }

    /// bitwise_or and everything below it.
    mutating func bitwiseOr() throws(SyntaxError) -> Expr { try binaryLevel(0) }

    /// factor: '+' factor | '-' factor | '~' factor | power
    mutating func factor() throws(SyntaxError) -> Expr {
        let op: UnaryOperator
        switch kind {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try power()
        }
        try enter(); defer { depth -= 1 }
        let start = tok
        advance()
        let operand = try factor()
        return Expr(.unaryOp(op, operand), loc(from: start))
    }

    /// power: await_primary '**' factor | await_primary
    mutating func power() throws(SyntaxError) -> Expr {
        let start = tok
        let base = try awaitPrimary()
        guard kind == .doubleStar else { return base }
        try enter(); defer { depth -= 1 }
        advance()
        let exp = try factor()
        return Expr(.binOp(base, .pow, exp), loc(from: start))
    }

    /// await_primary: AWAIT primary | primary
    mutating func awaitPrimary() throws(SyntaxError) -> Expr {
        guard kind == .kwAwait else { return try primary() }
        let start = tok
        advance()
        let v = try primary()
        return Expr(.await(v), loc(from: start))
    }

    /// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    mutating func primary() throws(SyntaxError) -> Expr {
        let start = tok
        var e = try atom()
        var wrapped = 0
        defer { depth -= wrapped }
        while true {
            switch kind {
            case .dot:
                advance()
                guard kind == .name else { throw unexpected() }
                let attr = text(tok)
                advance()
                e = Expr(.attribute(e, attr, .load), loc(from: start))
            case .lpar:
                advance()
                let (args, keywords) = try callArguments()
                try expect(.rpar)
                e = Expr(.call(e, args: args, keywords: keywords), loc(from: start))
            case .lsqb:
                advance()
                let s = try slices()
                try expect(.rsqb)
                e = Expr(.subscript(e, s, .load), loc(from: start))
            default:
                return e
            }
            try enter()
            wrapped += 1
        }
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    mutating func slices() throws(SyntaxError) -> Expr {
        let start = tok
        let first = try sliceItem()
        guard kind == .comma else {
            if case .starred = first.kind { return Expr(.tuple([first], .load), first.loc) }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try sliceItem())
        }
        return Expr(.tuple(elts, .load), loc(from: start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression; or a starred item.
    mutating func sliceItem() throws(SyntaxError) -> Expr {
        if kind == .star { return try starExpression() }
        let start = tok
        var lower: Expr?
        if kind != .colon {
            let e = try namedExpression()
            if kind != .colon { return e }
            if case .namedExpr = e.kind { throw unexpected() }
            lower = e
        }
        advance()  // ':'
        var upper: Expr?, step: Expr?
        if kind != .colon && kind != .comma && kind != .rsqb { upper = try expression() }
        if accept(.colon) {
            if kind != .comma && kind != .rsqb { step = try expression() }
        }
        let l = loc(from: start)
        return Expr(.slice(lower, upper, step), l)
    }

    /// args: positional, starred, keyword and double-starred arguments in CPython's order rules.
    mutating func callArguments(allowGenerator: Bool = true) throws(SyntaxError) -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false, sawDoubleStar = false
        var genexpAt: Loc?
        var count = 0
        let open = prev
        var orderError: String?
        while kind != .rpar {
            count += 1
            let start = tok
            switch kind {
            case .star:
                advance()
                let v = try expression()
                if sawDoubleStar {
                    throw error("iterable argument unpacking follows keyword argument unpacking", at: loc(start))
                }
                args.append(Expr(.starred(v, .load), loc(from: start)))
            case .doubleStar:
                advance()
                let v = try expression()
                keywords.append(Keyword(arg: nil, value: v, loc: loc(from: start)))
                sawDoubleStar = true
            case .name where kind(at: 1) == .equal:
                let n = text(tok)
                advance(); advance()
                let v = try expression()
                keywords.append(Keyword(arg: n, value: v, loc: loc(from: start)))
                sawKeyword = true
            default:
                var e = try namedExpression()
                if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
                    if !allowGenerator { throw error("invalid syntax", at: tok) }
                    let gens = try forIfClauses()
                    e = Expr(.generatorExp(Comprehension(elt: e, generators: gens)), loc(from: start))
                    genexpAt = e.loc
                    // A bare generator argument takes the call's parentheses as its own.
                    if count == 1 && kind == .rpar {
                        e.loc = Loc(line: open.line, col: open.col, endLine: tok.endLine, endCol: tok.endCol)
                    }
                } else if kind == .equal {
                    switch e.kind {
                    case .constant(.bool(let b), _): throw error("cannot assign to \(b ? "True" : "False")", at: e.loc)
                    case .constant(.none, _): throw error("cannot assign to None", at: e.loc)
                    default: throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: Loc.span(e.loc, loc(tok)))
                    }
                }
                if orderError == nil && sawDoubleStar {
                    orderError = "positional argument follows keyword argument unpacking"
                } else if orderError == nil && sawKeyword {
                    orderError = "positional argument follows keyword argument"
                }
                args.append(e)
            }
            if !accept(.comma) { break }
        }
        if let g = genexpAt, count > 1 {
            throw error("Generator expression must be parenthesized", at: g)
        }
        if let m = orderError, kind == .rpar { throw error(m, at: loc(tok), range: false) }
        if kind != .rpar {
            if kind == .errorToken { throw unexpected() }
            if case .name? = args.last?.kind, startsExpression {
                throw error("invalid syntax. Perhaps you forgot a comma?", at: Loc.span(args.last!.loc, loc(tok)))
            }
            throw unexpected()
        }
        return (args, keywords)
    }

    /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    mutating func forIfClauses() throws(SyntaxError) -> [ComprehensionFor] {
        var gens: [ComprehensionFor] = []
        while kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            let isAsync = accept(.kwAsync)
            advance()
            let target = try starTargets()
            guard accept(.kwIn) else {
                if kind == .errorToken { throw unexpected() }
                throw error("invalid syntax", at: tok)
            }
            let iter = try disjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try disjunction()) }
            gens.append(ComprehensionFor(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return gens
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    mutating func yieldExpression() throws(SyntaxError) -> Expr {
        let start = tok
        advance()
        if accept(.kwFrom) {
            let v = try expression()
            return Expr(.yieldFrom(v), loc(from: start))
        }
        if startsExpression {
            let v = try starExpressions()
            return Expr(.yield(v), loc(from: start))
        }
        return Expr(.yield(nil), loc(start))
    }

    // MARK: atoms

    mutating func atom() throws(SyntaxError) -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(text(t), .load), loc(t))
        case .number:
            advance()
            return Expr(.constant(try numberValue(t), kind: nil), loc(t))
        case .string:
            return try strings()
        case .kwNone: advance(); return Expr(.constant(.none, kind: nil), loc(t))
        case .kwTrue: advance(); return Expr(.constant(.bool(true), kind: nil), loc(t))
        case .kwFalse: advance(); return Expr(.constant(.bool(false), kind: nil), loc(t))
        case .ellipsis: advance(); return Expr(.constant(.ellipsis, kind: nil), loc(t))
        case .lpar: return try parenthesized()
        case .lsqb: return try listDisplay()
        case .lbrace: return try braceDisplay()
        default:
            throw unexpected()
        }
    }

    /// tuple | group | genexp | '(' yield_expr ')'
    mutating func parenthesized() throws(SyntaxError) -> Expr {
        try enter(); defer { depth -= 1 }
        let start = tok
        advance()
        if accept(.rpar) { return Expr(.tuple([], .load), loc(from: start)) }
        if kind == .kwYield {
            let y = try yieldExpression()
            try expect(.rpar)
            return y
        }
        let first = try starNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            if case .starred = first.kind { throw error("iterable unpacking cannot be used in comprehension", at: first.loc) }
            let gens = try forIfClauses()
            try expect(.rpar)
            return Expr(.generatorExp(Comprehension(elt: first, generators: gens)), loc(from: start))
        }
        if accept(.rpar) {
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.loc) }
            return first
        }
        guard kind == .comma else {
            if kind == .errorToken { throw unexpected() }
            if startsExpression && isSimpleForComma(first) {
                throw error("invalid syntax. Perhaps you forgot a comma?", at: Loc.span(first.loc, loc(tok)))
            }
            throw unexpected()
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rpar { break }
            elts.append(try starNamedExpression())
        }
        try expect(.rpar)
        return Expr(.tuple(elts, .load), loc(from: start))
    }

    func isSimpleForComma(_ e: Expr) -> Bool {
        switch e.kind {
        case .name, .constant, .attribute, .subscript, .call: return true
        default: return false
        }
    }

    /// list | listcomp
    mutating func listDisplay() throws(SyntaxError) -> Expr {
        try enter(); defer { depth -= 1 }
        let start = tok
        advance()
        if accept(.rsqb) { return Expr(.list([], .load), loc(from: start)) }
        let first = try starNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            if case .starred = first.kind { throw error("iterable unpacking cannot be used in comprehension", at: first.loc) }
            let gens = try forIfClauses()
            try expect(.rsqb)
            return Expr(.listComp(Comprehension(elt: first, generators: gens)), loc(from: start))
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try starNamedExpression())
        }
        if kind != .rsqb {
            if kind != .errorToken && startsExpression && isSimpleForComma(elts.last!) {
                throw error("invalid syntax. Perhaps you forgot a comma?", at: Loc.span(elts.last!.loc, loc(tok)))
            }
            throw unexpected()
        }
        advance()
        return Expr(.list(elts, .load), loc(from: start))
    }

    /// dict | set | dictcomp | setcomp
    mutating func braceDisplay() throws(SyntaxError) -> Expr {
        try enter(); defer { depth -= 1 }
        let start = tok
        advance()
        if accept(.rbrace) { return Expr(.dict(keys: [], values: []), loc(from: start)) }
        if kind == .doubleStar {
            return try dictRest(start: start, keys: [], values: [])
        }
        let first = try starNamedExpression()
        if accept(.colon) {
            if case .starred = first.kind { throw error("cannot use a starred expression in a dictionary value", at: first.loc) }
            let value = try expression()
            if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
                let gens = try forIfClauses()
                try expect(.rbrace)
                return Expr(.dictComp(Comprehension(elt: first, value: value, generators: gens)), loc(from: start))
            }
            if accept(.rbrace) { return Expr(.dict(keys: [first], values: [value]), loc(from: start)) }
            guard accept(.comma) else { throw unexpected() }
            return try dictRest(start: start, keys: [first], values: [value])
        }
        if kind == .kwFor || (kind == .kwAsync && kind(at: 1) == .kwFor) {
            if case .starred = first.kind { throw error("iterable unpacking cannot be used in comprehension", at: first.loc) }
            let gens = try forIfClauses()
            try expect(.rbrace)
            return Expr(.setComp(Comprehension(elt: first, generators: gens)), loc(from: start))
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rbrace { break }
            elts.append(try starNamedExpression())
        }
        try expect(.rbrace)
        return Expr(.set(elts), loc(from: start))
    }

    /// The rest of a dict display after its first entries: ','.(expression ':' expression | '**' bitwise_or)+
    mutating func dictRest(start: Token, keys: [Expr?], values: [Expr]) throws(SyntaxError) -> Expr {
        var keys = keys, values = values
        while kind != .rbrace {
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try bitwiseOr())
            } else {
                let k = try expression()
                guard accept(.colon) else {
                    if kind == .errorToken { throw unexpected() }
                    throw error("':' expected after dictionary key", at: k.loc)
                }
                keys.append(k)
                values.append(try expression())
            }
            if !accept(.comma) { break }
        }
        try expect(.rbrace)
        return Expr(.dict(keys: keys, values: values), loc(from: start))
    }

    // MARK: parameters

    /// Parameters of a def (closing ')') or a lambda (closing ':'), with CPython's checks.
    mutating func parameters(closing: TokenKind) throws(SyntaxError) -> Arguments {
        var a = Arguments()
        let isLambda = closing == .colon
        var sawSlash = false, sawStar = false, sawDefault = false
        var bareStarAt: Token?
        while kind != closing {
            let start = tok
            switch kind {
            case .slash:
                if sawSlash { throw error("/ may appear only once", at: tok) }
                if sawStar { throw error("/ must be ahead of *", at: tok) }
                if a.args.isEmpty { throw error("at least one argument must precede /", at: tok) }
                advance()
                sawSlash = true
                a.posonlyargs = a.args
                a.args = []
            case .star:
                if sawStar { throw error("* argument may appear only once", at: tok) }
                advance()
                sawStar = true
                if kind == .comma || kind == closing {
                    bareStarAt = start
                } else {
                    a.vararg = try parameter(lambda: isLambda, starred: true)
                    if kind == .equal { throw error("var-positional argument cannot have default value", at: tok) }
                }
            case .doubleStar:
                advance()
                a.kwarg = try parameter(lambda: isLambda, starred: false)
                if kind == .equal { throw error("var-keyword argument cannot have default value", at: tok) }
                if kind == .comma { advance() }
                if kind != closing {
                    if kind == .errorToken { throw unexpected() }
                    throw error("arguments cannot follow var-keyword argument", at: tok)
                }
                continue
            case .name:
                let p = try parameter(lambda: isLambda, starred: false)
                var def: Expr?
                if accept(.equal) { def = try expression() }
                if sawStar {
                    a.kwonlyargs.append(p)
                    a.kwDefaults.append(def)
                    bareStarAt = nil
                } else {
                    a.args.append(p)
                    if let d = def {
                        a.defaults.append(d)
                        sawDefault = true
                    } else if sawDefault {
                        throw error("non-default argument follows default argument", at: p.loc)
                    }
                }
            default:
                if kind == .lpar && !isLambda {
                    throw error("Function parameters cannot be parenthesized", at: tok)
                }
                throw unexpected()
            }
            if !accept(.comma) { break }
        }
        if let s = bareStarAt {
            throw error("named arguments must follow bare *", at: s)
        }
        if kind != closing {
            if kind == .errorToken { throw unexpected() }
            throw unexpected()
        }
        return a
    }

    /// param: NAME [':' expression] (a lambda takes no annotation; '*args' may be ': *Ts').
    mutating func parameter(lambda: Bool, starred: Bool) throws(SyntaxError) -> Arg {
        let start = tok
        let n = try name()
        var annotation: Expr?
        if !lambda && accept(.colon) {
            annotation = starred ? try starExpression() : try expression()
        }
        return Arg(name: n, annotation: annotation, loc: loc(from: start))
    }
}
