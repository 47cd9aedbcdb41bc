// The match statement (PEP 634): "match" and "case" are soft keywords, so a line that
// starts with `match` is tried as a match statement and re-parsed as an ordinary
// statement when that fails before the colon.

extension Parser {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    /// Returns nil (token position restored) when the line is not a match statement;
    /// `missingColon` is then set if it would be one but for the colon.
    mutating func matchStatement(missingColon: inout SyntaxError?) throws(SyntaxError) -> Stmt? {
        let save = i, saveDepth = depth
        let start = tok
        advance()
        let subject: Expr
        do {
            subject = try subjectExpression()
        } catch {
            i = save; depth = saveDepth
            return nil
        }
        guard kind == .colon, kind(at: 1) == .newline else {
            if kind == .newline {
                missingColon = error("expected ':'", at: loc(tok), range: false)
            }
            i = save; depth = saveDepth
            return nil
        }
        advance(); advance()
        guard kind == .indent else {
            throw error("expected an indented block after 'match' statement on line \(start.line)", at: loc(tok), .indentation, range: false)
        }
        advance()
        var cases: [MatchCase] = []
        while isName(tok, "case") {
            cases.append(try caseBlock())
        }
        if cases.isEmpty { throw unexpected() }
        try expect(.dedent)
        return Stmt(.match(subject, cases), loc(from: start, through: cases.last!.body))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    mutating func subjectExpression() throws(SyntaxError) -> Expr {
        let start = tok
        let first = try starNamedExpression()
        guard kind == .comma else {
            if case .starred = first.kind { throw unexpected() }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .colon { break }
            elts.append(try starNamedExpression())
        }
        return Expr(.tuple(elts, .load), loc(from: start))
    }

    /// case_block: "case" patterns guard? ':' block
    mutating func caseBlock() throws(SyntaxError) -> MatchCase {
        let start = tok
        advance()
        let pattern = try patterns()
        var guardExpr: Expr?
        if accept(.kwIf) { guardExpr = try namedExpression() }
        try expectColon()
        let body = try block(after: "'case' statement", line: start.line)
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    /// patterns: open_sequence_pattern | pattern
    mutating func patterns() throws(SyntaxError) -> Pattern {
        let start = tok
        let first = try maybeStarPattern()
        guard kind == .comma else {
            if case .matchStar = first.kind { throw unexpected() }
            return first
        }
        var ps = [first]
        while accept(.comma) {
            if kind == .colon || kind == .kwIf { break }
            ps.append(try maybeStarPattern())
        }
        return Pattern(.matchSequence(ps), loc(from: start))
    }

    /// maybe_star_pattern: '*' (capture_pattern | wildcard_pattern) | pattern
    mutating func maybeStarPattern() throws(SyntaxError) -> Pattern {
        if kind == .star {
            let start = tok
            advance()
            guard kind == .name else { throw unexpected() }
            let n = text(tok)
            advance()
            return Pattern(.matchStar(n == "_" ? nil : n), loc(from: start))
        }
        return try pattern()
    }

    /// pattern: or_pattern 'as' pattern_capture_target | or_pattern
    mutating func pattern() throws(SyntaxError) -> Pattern {
        try enter(); defer { depth -= 1 }
        let start = tok
        let p = try orPattern()
        guard accept(.kwAs) else { return p }
        guard kind == .name else { throw error("invalid pattern target", at: tok) }
        let n = text(tok)
        if n == "_" { throw error("cannot use '_' as a target", at: tok) }
        advance()
        if kind == .dot || kind == .lpar || kind == .equal { throw error("invalid pattern target", at: prev) }
        return Pattern(.matchAs(p, name: n), loc(from: start))
    }

    /// or_pattern: '|'.closed_pattern+
    mutating func orPattern() throws(SyntaxError) -> Pattern {
        let start = tok
        let first = try closedPattern()
        guard kind == .vbar else { return first }
        var ps = [first]
        while accept(.vbar) { ps.append(try closedPattern()) }
        return Pattern(.matchOr(ps), loc(from: start))
    }

    mutating func closedPattern() throws(SyntaxError) -> Pattern {
        let start = tok
        switch kind {
        case .number, .minus:
            return Pattern(.matchValue(try signedNumberOrComplex()), loc(from: start))
        case .string:
            let s = try strings()
            if case .joinedStr = s.kind { throw error("patterns may only match literals and attribute lookups", at: s.loc) }
            return Pattern(.matchValue(s), s.loc)
        case .kwNone: advance(); return Pattern(.matchSingleton(.none), loc(start))
        case .kwTrue: advance(); return Pattern(.matchSingleton(.bool(true)), loc(start))
        case .kwFalse: advance(); return Pattern(.matchSingleton(.bool(false)), loc(start))
        case .name:
            let n = text(tok)
            advance()
            if kind != .dot && kind != .lpar {
                if kind == .equal { throw unexpected() }
                return Pattern(.matchAs(nil, name: n == "_" ? nil : n), loc(start))
            }
            var e = Expr(.name(n, .load), loc(start))
            var dotted = false
            while accept(.dot) {
                let a = try name()
                e = Expr(.attribute(e, a, .load), loc(from: start))
                dotted = true
            }
            if kind == .lpar { return try classPattern(cls: e, start: start) }
            guard dotted else { throw unexpected() }
            return Pattern(.matchValue(e), e.loc)
        case .lpar:
            advance()
            if accept(.rpar) { return Pattern(.matchSequence([]), loc(from: start)) }
            let first = try maybeStarPattern()
            if accept(.rpar) {
                if case .matchStar = first.kind { return Pattern(.matchSequence([first]), loc(from: start)) }
                return first
            }
            guard kind == .comma else { throw unexpected() }
            var ps = [first]
            while accept(.comma) {
                if kind == .rpar { break }
                ps.append(try maybeStarPattern())
            }
            try expect(.rpar)
            return Pattern(.matchSequence(ps), loc(from: start))
        case .lsqb:
            advance()
            var ps: [Pattern] = []
            while kind != .rsqb {
                ps.append(try maybeStarPattern())
                if !accept(.comma) { break }
            }
            try expect(.rsqb)
            return Pattern(.matchSequence(ps), loc(from: start))
        case .lbrace:
            return try mappingPattern()
        default:
            throw unexpected()
        }
    }

    /// signed_number | complex_number, as the expression CPython builds for them.
    mutating func signedNumberOrComplex() throws(SyntaxError) -> Expr {
        let start = tok
        var real = try signedNumber()
        if kind == .plus || kind == .minus {
            if case .constant(.imaginary, _) = real.kind { throw error("real number required in complex literal", at: real.loc) }
            if case .unaryOp(_, let x) = real.kind, case .constant(.imaginary, _) = x.kind {
                throw error("real number required in complex literal", at: real.loc)
            }
            let op: BinaryOperator = kind == .plus ? .add : .sub
            advance()
            guard kind == .number else { throw unexpected() }
            let t = tok
            advance()
            let imag = Expr(.constant(try numberValue(t), kind: nil), loc(t))
            guard case .constant(.imaginary, _) = imag.kind else {
                throw error("imaginary number required in complex literal", at: imag.loc)
            }
            real = Expr(.binOp(real, op, imag), loc(from: start))
        }
        return real
    }

    mutating func signedNumber() throws(SyntaxError) -> Expr {
        let start = tok
        let negative = accept(.minus)
        guard kind == .number else { throw unexpected() }
        let t = tok
        advance()
        let n = Expr(.constant(try numberValue(t), kind: nil), loc(t))
        return negative ? Expr(.unaryOp(.uSub, n), loc(from: start)) : n
    }

    /// mapping_pattern: '{' [items] ['**' NAME] '}'
    mutating func mappingPattern() throws(SyntaxError) -> Pattern {
        let start = tok
        advance()
        var keys: [Expr] = [], patterns: [Pattern] = []
        var rest: String?
        while kind != .rbrace {
            if accept(.doubleStar) {
                rest = try name()
                if rest == "_" { throw error("invalid syntax", at: prev) }
                _ = accept(.comma)
                if kind != .rbrace { throw unexpected() }
                break
            }
            let key: Expr
            let kstart = tok
            switch kind {
            case .number, .minus: key = try signedNumberOrComplex()
            case .string:
                key = try strings()
                if case .joinedStr = key.kind { throw error("patterns may only match literals and attribute lookups", at: key.loc) }
            case .kwNone: advance(); key = Expr(.constant(.none, kind: nil), loc(kstart))
            case .kwTrue: advance(); key = Expr(.constant(.bool(true), kind: nil), loc(kstart))
            case .kwFalse: advance(); key = Expr(.constant(.bool(false), kind: nil), loc(kstart))
            case .name:
                var e = Expr(.name(try name(), .load), loc(kstart))
                var dotted = false
                while accept(.dot) {
                    e = Expr(.attribute(e, try name(), .load), loc(from: kstart))
                    dotted = true
                }
                guard dotted else { throw unexpected() }
                key = e
            default:
                throw unexpected()
            }
            try expect(.colon)
            keys.append(key)
            patterns.append(try pattern())
            if !accept(.comma) { break }
        }
        try expect(.rbrace)
        return Pattern(.matchMapping(keys: keys, patterns: patterns, rest: rest), loc(from: start))
    }

    /// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'
    mutating func classPattern(cls: Expr, start: Token) throws(SyntaxError) -> Pattern {
        advance()  // '('
        var patterns: [Pattern] = [], kwdAttrs: [String] = [], kwdPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && kind(at: 1) == .equal {
                kwdAttrs.append(text(tok))
                advance(); advance()
                kwdPatterns.append(try pattern())
            } else {
                let p = try pattern()
                if !kwdAttrs.isEmpty { throw error("positional patterns follow keyword patterns", at: p.loc) }
                patterns.append(p)
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        return Pattern(.matchClass(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns), loc(from: start))
    }
}
