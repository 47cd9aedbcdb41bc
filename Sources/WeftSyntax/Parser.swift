// A recursive-descent parser for Python 3.11, producing the AST of AST.swift.
// It follows Grammar/python.gram rule by rule (rule names appear in the comments) but
// without PEG memoization: where the grammar backtracks (match statements, parenthesized
// with-items) we save the token index and retry. Recursion is bounded by `maxDepth`, so
// no input can overflow the Swift stack: deeper input is "too deeply nested".

public let maxDepth = 900

public struct Parser {
    let source: SourceFile
    var tokens: [Token]
    var tokenError: SyntaxError?
    var unclosedLine: Int?
    var i = 0
    var depth = 0
    /// Set while parsing an f-string replacement field: errors are remapped by the caller.
    var isFStringExpr = false
    /// For an f-string replacement field: maps its sub-source positions to the file's.
    var positionShift: ((Int32, Int32) -> (Int32, Int32))?

    public init(source: SourceFile) {
        self.source = source
        let stream = tokenize(source)
        self.tokens = stream.tokens
        self.tokenError = stream.error
        self.unclosedLine = stream.unclosedLine
    }

    /// Parses a whole file (on a thread with a large stack: see Stack.swift).
    public static func parse(_ source: SourceFile) throws(SyntaxError) -> Module {
        try withLargeStack { () -> Result<Module, SyntaxError> in
            do throws(SyntaxError) { return .success(try parseOnThisStack(source)) } catch { return .failure(error) }
        }.get()
    }

    static func parseOnThisStack(_ source: SourceFile) throws(SyntaxError) -> Module {
        var p = Parser(source: source)
        do {
            return Module(body: try p.file(), source: source)
        } catch {
            // CPython tokenizes the rest of the file after a parse error and reports a
            // tokenizer error found there instead (an unclosed bracket only if it was
            // opened on an earlier line than the parse error) — but only one its tokenizer
            // raises itself: those it leaves to the parser (bad dedent, tabs, line
            // continuation, EOF) do not replace the parse error.
            let indentation = error.message == "unexpected indent" || error.message == "unexpected unindent"
            if let te = p.tokenError, !indentation {
                if let l = p.unclosedLine {
                    if Int(p.tok.line) > l { throw te }
                } else if !te.fromParser {
                    throw te
                }
            }
            throw error
        }
    }

    /// Reads, decodes and parses a file from raw bytes.
    public static func parse(path: String, bytes: [UInt8]) throws(SyntaxError) -> Module {
        try parse(SourceFile.decode(path: path, raw: bytes))
    }

    // MARK: token access

    @inline(__always) var tok: Token { tokens[i] }
    @inline(__always) var kind: TokenKind { tokens[i].kind }
    @inline(__always) func kind(at k: Int) -> TokenKind { tokens[min(i + k, tokens.count - 1)].kind }
    @inline(__always) mutating func advance() { if i < tokens.count - 1 { i += 1 } }
    var prev: Token { tokens[i > 0 ? i - 1 : 0] }

    @inline(__always) mutating func accept(_ k: TokenKind) -> Bool {
        if kind == k { advance(); return true }
        return false
    }

    func text(_ t: Token) -> String {
        let s = source.bytes.withUnsafeBufferPointer { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)]), as: UTF8.self)
        }
        return t.normalized ? nfkc(s) : s
    }

    /// The name text of a NAME token (soft keywords included).
    func isName(_ t: Token, _ s: String) -> Bool {
        guard t.kind == .name, Int(t.end - t.start) == s.utf8.count else { return false }
        return source.bytes.withUnsafeBufferPointer { b in
            var k = Int(t.start)
            for c in s.utf8 { if b[k] != c { return false }; k += 1 }
            return true
        }
    }

    func loc(_ t: Token) -> Loc { Loc(line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol) }
    /// From token `t` to the end of the previous token.
    func loc(from t: Token) -> Loc { Loc(line: t.line, col: t.col, endLine: prev.endLine, endCol: prev.endCol) }
    func loc(from l: Loc) -> Loc { Loc(line: l.line, col: l.col, endLine: prev.endLine, endCol: prev.endCol) }
    /// A compound statement ends where its last nested statement ends (not at the
    /// NEWLINE or DEDENT that closed its block).
    func loc(from t: Token, through body: [Stmt]) -> Loc {
        guard let last = body.last else { return loc(from: t) }
        return Loc(line: t.line, col: t.col, endLine: last.loc.endLine, endCol: last.loc.endCol)
    }

    // MARK: errors

    func error(_ message: String, at l: Loc, _ kind: SyntaxError.Kind = .syntax, range: Bool = true) -> SyntaxError {
        var e = SyntaxError(kind, message, path: source.path, line: Int(l.line), col: Int(l.col),
                            endLine: Int(l.endLine), endCol: range ? Int(l.endCol) : -1, sourceLine: source.lineText(Int(l.line)))
        e.byteOffsets = !source.hasEncodingDeclaration
        // At the end of the file (a DEDENT or ENDMARKER after the last line) CPython's file
        // tokenizer places the error on the last line it read, with no column.
        let lastLine = source.bytes.last == 0x0A ? source.lineStarts.count - 1 : source.lineStarts.count
        if !isFStringExpr && Int(l.line) > lastLine && lastLine > 0 {
            e.line = lastLine
            e.endLine = lastLine
            e.col = -1
            e.endCol = -1
            e.sourceLine = source.lineText(lastLine)
        }
        return e
    }

    func error(_ message: String, at t: Token, _ kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        if t.kind == .errorToken, let e = tokenError { return e }
        return error(message, at: loc(t), kind)
    }

    /// "invalid syntax" at the current token (or the tokenizer's error if we reached it).
    func unexpected() -> SyntaxError {
        let t = tok
        if t.kind == .errorToken, let e = tokenError { return e }
        if t.kind == .endMarker || (t.kind == .newline && i == tokens.count - 2) {
            if t.kind == .endMarker { return error("unexpected EOF while parsing", at: prev) }
        }
        if t.kind == .indent { return error("unexpected indent", at: t, .indentation) }
        if t.kind == .dedent { return error("unexpected unindent", at: t, .indentation) }
        return error("invalid syntax", at: loc(t), range: t.kind != .newline)
    }

    mutating func expect(_ k: TokenKind) throws(SyntaxError) {
        if kind == k { advance(); return }
        throw unexpected()
    }

    /// `forced` is the grammar's `&&':'` (def, try, finally, else): "expected ':'" whatever
    /// follows. Elsewhere CPython says so only when the line ends there (its invalid_*_stmt
    /// rules); any other token is a plain syntax error.
    mutating func expectColon(forced: Bool = false) throws(SyntaxError) {
        if kind == .colon { advance(); return }
        if kind == .errorToken || (!forced && kind != .newline) { throw unexpected() }
        throw error("expected ':'", at: loc(tok), range: false)
    }

    mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > maxDepth { throw error("too deeply nested: Weft bounds nesting at \(maxDepth) levels", at: tok) }
    }

    mutating func name() throws(SyntaxError) -> String {
        guard kind == .name else { throw unexpected() }
        let s = text(tok)
        advance()
        return s
    }

    // MARK: statements

    /// file: [statements] ENDMARKER
    mutating func file() throws(SyntaxError) -> [Stmt] {
        var body: [Stmt] = []
        while kind != .endMarker {
            if kind == .indent { throw error("unexpected indent", at: tok, .indentation) }
            try statement(into: &body)
        }
        return body
    }

    /// statement: compound_stmt | simple_stmts
    mutating func statement(into body: inout [Stmt]) throws(SyntaxError) {
        switch kind {
        case .kwDef, .at, .kwClass, .kwIf, .kwWhile, .kwFor, .kwTry, .kwWith:
            body.append(try compoundStatement())
        case .kwAsync where kind(at: 1) == .kwDef || kind(at: 1) == .kwFor || kind(at: 1) == .kwWith:
            body.append(try compoundStatement())
        case .kwAsync:
            advance()  // CPython reports the token after a stray 'async'
            throw unexpected()
        case .name where isName(tok, "match"):
            var missingColon: SyntaxError?
            if let m = try matchStatement(missingColon: &missingColon) {
                body.append(m)
            } else if let e = missingColon {
                // `match x NEWLINE` is "expected ':'" only if the line is no statement
                // either: `match(x)` is a call.
                do { try simpleStatements(into: &body) } catch { throw e }
            } else {
                try simpleStatements(into: &body)
            }
        case .errorToken:
            throw unexpected()
        default:
            try simpleStatements(into: &body)
        }
    }

    mutating func compoundStatement() throws(SyntaxError) -> Stmt {
        switch kind {
        case .kwDef, .kwAsync where kind(at: 1) == .kwDef: return try functionDef(decorators: [], start: nil)
        case .at: return try decorated()
        case .kwClass: return try classDef(decorators: [], start: nil)
        case .kwIf: return try ifStatement()
        case .kwWhile: return try whileStatement()
        case .kwFor, .kwAsync where kind(at: 1) == .kwFor: return try forStatement()
        case .kwTry: return try tryStatement()
        case .kwWith, .kwAsync where kind(at: 1) == .kwWith: return try withStatement()
        default: throw unexpected()
        }
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    mutating func block(after what: String, line: Int32) throws(SyntaxError) -> [Stmt] {
        if kind == .newline {
            advance()
            guard kind == .indent else {
                if kind == .errorToken { throw unexpected() }
                throw error("expected an indented block after \(what) on line \(line)", at: loc(tok), .indentation, range: false)
            }
            advance()
            var body: [Stmt] = []
            while kind != .dedent && kind != .endMarker {
                if kind == .indent { throw error("unexpected indent", at: tok, .indentation) }
                try statement(into: &body)
            }
            try expect(.dedent)
            return body
        }
        if kind == .endMarker || kind == .errorToken { throw unexpected() }
        var body: [Stmt] = []
        try simpleStatements(into: &body)
        return body
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    mutating func simpleStatements(into body: inout [Stmt]) throws(SyntaxError) {
        body.append(try simpleStatement())
        while kind == .semi {
            advance()
            if kind == .newline { break }
            body.append(try simpleStatement())
        }
        if kind != .newline {
            if kind == .errorToken { throw unexpected() }
            throw unexpected()
        }
        advance()
    }

    mutating func simpleStatement() throws(SyntaxError) -> Stmt {
        let start = tok
        switch kind {
        case .kwPass: advance(); return Stmt(.pass, loc(start))
        case .kwBreak: advance(); return Stmt(.break, loc(start))
        case .kwContinue: advance(); return Stmt(.continue, loc(start))
        case .kwReturn:
            advance()
            let value: Expr? = atStatementEnd ? nil : try starExpressions()
            return Stmt(.return(value), loc(from: start))
        case .kwRaise:
            advance()
            if atStatementEnd { return Stmt(.raise(nil, cause: nil), loc(start)) }
            let exc = try expression()
            var cause: Expr?
            if accept(.kwFrom) { cause = try expression() }
            return Stmt(.raise(exc, cause: cause), loc(from: start))
        case .kwGlobal, .kwNonlocal:
            advance()
            var names = [try name()]
            while accept(.comma) { names.append(try name()) }
            return Stmt(start.kind == .kwGlobal ? .global(names) : .nonlocal(names), loc(from: start))
        case .kwDel:
            advance()
            return Stmt(.delete(try delTargets()), loc(from: start))
        case .kwAssert:
            advance()
            let test = try expression()
            var msg: Expr?
            if accept(.comma) { msg = try expression() }
            return Stmt(.assert(test, msg), loc(from: start))
        case .kwImport:
            return try importName()
        case .kwFrom:
            return try importFrom()
        default:
            return try expressionStatement()
        }
    }

    var atStatementEnd: Bool { kind == .newline || kind == .semi || kind == .endMarker }

    /// assignment | star_expressions
    mutating func expressionStatement() throws(SyntaxError) -> Stmt {
        let start = tok
        let first = kind == .kwYield ? try yieldExpression() : try starExpressions()
        switch kind {
        case .equal:
            var targets = [first]
            var value = first
            while accept(.equal) {
                value = kind == .kwYield ? try yieldExpression() : try starExpressions()
                if kind == .equal { targets.append(value) }
            }
            for k in targets.indices {
                if case .yield = targets[k].kind { throw error("assignment to yield expression not possible", at: targets[k].loc) }
                if case .yieldFrom = targets[k].kind { throw error("assignment to yield expression not possible", at: targets[k].loc) }
                targets[k] = try storeTarget(targets[k], statementStart: k == 0)
            }
            return Stmt(.assign(targets: targets, value: value), loc(from: start))
        case .colon:
            let simple: Bool
            switch first.kind {
            case .name: simple = start.kind != .lpar
            case .attribute, .subscript: simple = false
            case .tuple: throw error("only single target (not tuple) can be annotated", at: first.loc)
            case .list: throw error("only single target (not list) can be annotated", at: first.loc)
            default: throw error("illegal target for annotation", at: first.loc)
            }
            advance()
            let annotation = try expression()
            var value: Expr?
            if accept(.equal) { value = kind == .kwYield ? try yieldExpression() : try starExpressions() }
            return Stmt(.annAssign(target: try storeTarget(first, statementStart: false), annotation: annotation, value: value, simple: simple),
                        loc(from: start))
        default:
            if let op = kind.augmentedOperator {
                switch first.kind {
                case .name, .attribute, .subscript: break
                default:
                    throw error("'\(exprName(first))' is an illegal expression for augmented assignment", at: first.loc)
                }
                advance()
                let value = kind == .kwYield ? try yieldExpression() : try starExpressions()
                return Stmt(.augAssign(try storeTarget(first, statementStart: false), op, value), loc(from: start))
            }
            if case .name(let n, _) = first.kind, n == "print" || n == "exec", startsExpression, kind != .lpar {
                let rest = try starExpressions()
                throw error("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", at: Loc.span(first.loc, rest.loc))
            }
            if !atStatementEnd, kind != .errorToken, case .name = first.kind, kind == .name || kind == .number || kind == .string {
                // CPython's invalid_expression: two expressions side by side.
                throw error("invalid syntax", at: tok)
            }
            return Stmt(.expr(first), loc(from: start))
        }
    }

    /// import_name: 'import' dotted_as_names
    mutating func importName() throws(SyntaxError) -> Stmt {
        let start = tok
        advance()
        var names: [Alias] = []
        repeat {
            let aliasStart = tok
            let n = try dottedName()
            var asname: String?
            if accept(.kwAs) { asname = try name() }
            names.append(Alias(name: n, asname: asname, loc: loc(from: aliasStart)))
        } while accept(.comma)
        return Stmt(.import(names), loc(from: start))
    }

    mutating func dottedName() throws(SyntaxError) -> String {
        var n = try name()
        while kind == .dot {
            advance()
            n += "." + (try name())
        }
        return n
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | ...
    mutating func importFrom() throws(SyntaxError) -> Stmt {
        let start = tok
        advance()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            advance()
        }
        var module: String?
        if kind != .kwImport || level == 0 { module = try dottedName() }
        guard accept(.kwImport) else { throw unexpected() }
        var names: [Alias] = []
        if kind == .star {
            names.append(Alias(name: "*", asname: nil, loc: loc(tok)))
            advance()
        } else {
            let paren = accept(.lpar)
            repeat {
                if paren && kind == .rpar { break }
                if !paren && kind == .newline && !names.isEmpty {
                    throw error("trailing comma not allowed without surrounding parentheses", at: loc(tok), range: false)
                }
                let aliasStart = tok
                let n = try name()
                var asname: String?
                if accept(.kwAs) { asname = try name() }
                names.append(Alias(name: n, asname: asname, loc: loc(from: aliasStart)))
            } while accept(.comma)
            if paren {
                try expect(.rpar)
            }
            if names.isEmpty { throw unexpected() }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), loc(from: start))
    }

    /// decorators: ('@' named_expression NEWLINE)+ then a function or class definition.
    mutating func decorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try namedExpression())
            try expect(.newline)
        }
        switch kind {
        case .kwDef, .kwAsync where kind(at: 1) == .kwDef: return try functionDef(decorators: decorators, start: nil)
        case .kwClass: return try classDef(decorators: decorators, start: nil)
        default: throw unexpected()
        }
    }

    /// function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
    mutating func functionDef(decorators: [Expr], start: Token?) throws(SyntaxError) -> Stmt {
        let start = tok
        let isAsync = accept(.kwAsync)
        try expect(.kwDef)
        let n = try name()
        guard kind == .lpar else {
            throw error("expected '('", at: tok)
        }
        advance()
        let args = try parameters(closing: .rpar)
        try expect(.rpar)
        var returns: Expr?
        if accept(.rarrow) { returns = try expression() }
        try expectColon(forced: true)
        let body = try block(after: "function definition", line: start.line)
        let l = loc(from: start, through: body)
        let f = FunctionDef(name: n, args: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync, loc: l)
        return Stmt(.functionDef(f), l)
    }

    /// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
    mutating func classDef(decorators: [Expr], start: Token?) throws(SyntaxError) -> Stmt {
        let start = tok
        advance()
        let n = try name()
        var bases: [Expr] = [], keywords: [Keyword] = []
        if accept(.lpar) {
            (bases, keywords) = try callArguments(allowGenerator: false)
            try expect(.rpar)
        }
        try expectColon()
        let body = try block(after: "class definition", line: start.line)
        let l = loc(from: start, through: body)
        return Stmt(.classDef(ClassDef(name: n, bases: bases, keywords: keywords, body: body, decorators: decorators, loc: l)), l)
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    mutating func ifStatement() throws(SyntaxError) -> Stmt {
        try enter(); defer { depth -= 1 }
        let start = tok
        let what = start.kind == .kwIf ? "'if' statement" : "'elif' statement"
        advance()
        let test = try namedExpression()
        try expectColon()
        let body = try block(after: what, line: start.line)
        var orelse: [Stmt] = []
        if kind == .kwElif {
            orelse = [try ifStatement()]
        } else if kind == .kwElse {
            orelse = try elseBlock()
        }
        return Stmt(.if(test, body: body, orelse: orelse), loc(from: start, through: orelse.isEmpty ? body : orelse))
    }

    mutating func elseBlock() throws(SyntaxError) -> [Stmt] {
        let t = tok
        advance()
        try expectColon(forced: true)
        return try block(after: "'else' statement", line: t.line)
    }

    /// while_stmt: 'while' named_expression ':' block [else_block]
    mutating func whileStatement() throws(SyntaxError) -> Stmt {
        let start = tok
        advance()
        let test = try namedExpression()
        try expectColon()
        let body = try block(after: "'while' statement", line: start.line)
        let orelse = kind == .kwElse ? try elseBlock() : []
        return Stmt(.while(test, body: body, orelse: orelse), loc(from: start, through: orelse.isEmpty ? body : orelse))
    }

    /// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
    mutating func forStatement() throws(SyntaxError) -> Stmt {
        let start = tok
        let isAsync = accept(.kwAsync)
        let forTok = tok
        try expect(.kwFor)
        let target = try starTargets()
        guard accept(.kwIn) else {
            if kind == .errorToken { throw unexpected() }
            throw error("invalid syntax", at: tok)
        }
        let iter = try starExpressions()
        try expectColon()
        let body = try block(after: "'for' statement", line: forTok.line)
        let orelse = kind == .kwElse ? try elseBlock() : []
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync),
                    loc(from: start, through: orelse.isEmpty ? body : orelse))
    }

    /// with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
    mutating func withStatement() throws(SyntaxError) -> Stmt {
        let start = tok
        let isAsync = accept(.kwAsync)
        let withTok = tok
        try expect(.kwWith)
        var items: [WithItem] = []
        var parsed = false
        if kind == .lpar {
            // Try the parenthesized form first, as the PEG grammar does.
            let save = i, saveDepth = depth
            advance()
            do {
                var its: [WithItem] = []
                repeat {
                    if kind == .rpar && !its.isEmpty { break }
                    its.append(try withItem())
                } while accept(.comma)
                if kind == .rpar && kind(at: 1) == .colon {
                    advance()
                    items = its
                    parsed = true
                }
            } catch {}
            if !parsed { i = save; depth = saveDepth }
        }
        if !parsed {
            repeat { items.append(try withItem()) } while accept(.comma)
        }
        try expectColon()
        let body = try block(after: "'with' statement", line: withTok.line)
        return Stmt(.with(items, body: body, isAsync: isAsync), loc(from: start, through: body))
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    mutating func withItem() throws(SyntaxError) -> WithItem {
        let e = try expression()
        if accept(.kwAs) {
            let target = try starTarget()
            guard kind == .comma || kind == .rpar || kind == .colon else { throw unexpected() }
            return WithItem(contextExpr: e, optionalVars: target)
        }
        return WithItem(contextExpr: e, optionalVars: nil)
    }

    /// try_stmt
    mutating func tryStatement() throws(SyntaxError) -> Stmt {
        let start = tok
        advance()
        try expectColon(forced: true)
        let body = try block(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        var isStar: Bool?
        while kind == .kwExcept {
            let exceptTok = tok
            advance()
            let star = accept(.star)
            if let s = isStar, s != star {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", at: exceptTok)
            }
            isStar = star
            var type: Expr?
            var name: String?
            if kind != .colon {
                type = try expression()
                if kind == .comma {
                    // invalid_except_stmt: expression ',' expressions ['as' NAME] ':' marks
                    // everything from the first type to the colon.
                    let save = i, saveDepth = depth
                    var complete = false
                    advance()
                    do {
                        repeat { _ = try expression() } while accept(.comma) && kind != .colon && kind != .kwAs
                        if accept(.kwAs) { _ = try self.name() }
                        complete = kind == .colon
                    } catch {}
                    let l = complete ? loc(from: type!.loc) : type!.loc
                    i = save; depth = saveDepth
                    throw error("multiple exception types must be parenthesized", at: l)
                }
                if accept(.kwAs) { name = try self.name() }
            } else if star {
                throw error("expected one or more exception types", at: tok)
            }
            try expectColon()
            let hbody = try block(after: star ? "'except*' statement" : "'except' statement", line: exceptTok.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, loc: loc(from: exceptTok, through: hbody)))
        }
        var orelse: [Stmt] = []
        if kind == .kwElse && !handlers.isEmpty { orelse = try elseBlock() }
        var finalbody: [Stmt] = []
        if kind == .kwFinally {
            let t = tok
            advance()
            try expectColon(forced: true)
            finalbody = try block(after: "'finally' statement", line: t.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            if kind == .errorToken { throw unexpected() }
            throw error("expected 'except' or 'finally' block", at: tok)
        }
        let last = !finalbody.isEmpty ? finalbody : !orelse.isEmpty ? orelse : handlers.last?.body ?? body
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, isStar: isStar ?? false),
                    loc(from: start, through: last))
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE)
    mutating func delTargets() throws(SyntaxError) -> [Expr] {
        var targets: [Expr] = []
        repeat {
            if atStatementEnd && !targets.isEmpty { break }
            let e = try bitwiseOr()
            targets.append(try setContext(e, .del))
        } while accept(.comma)
        guard atStatementEnd else { throw unexpected() }
        return targets
    }
}
