// Number and string literals: the value of a NUMBER token, the decoding of string and
// bytes escapes, implicit concatenation, and f-strings as CPython 3.11's
// string_parser.c reads them (the replacement fields are parsed again as expressions).

import BigInt

extension Parser {
    // MARK: numbers

    func numberValue(_ t: Token) throws(SyntaxError) -> ConstantValue {
        var digits = [UInt8]()
        digits.reserveCapacity(Int(t.end - t.start))
        for k in Int(t.start)..<Int(t.end) where source.bytes[k] != 0x5F { digits.append(source.bytes[k]) }
        let s = String(decoding: digits, as: UTF8.self)
        let last = digits.last! | 0x20
        if last == 0x6A {  // j
            return .imaginary(Double(String(s.dropLast())) ?? 0)
        }
        if digits.count > 1 && digits[0] == 0x30 {
            let x = digits[1] | 0x20
            let radix = x == 0x78 ? 16 : x == 0x6F ? 8 : x == 0x62 ? 2 : 0
            if radix != 0 {
                let body = String(decoding: digits[2...], as: UTF8.self)
                if let v = Int(body, radix: radix) { return .int(BigInt(v)) }
                return .int(BigInt(body, radix: radix) ?? 0)
            }
        }
        if digits.contains(where: { $0 == 0x2E || $0 | 0x20 == 0x65 }) {
            return .float(Double(s) ?? 0)
        }
        if let v = Int(s) { return .int(BigInt(v)) }
        return .int(BigInt(s) ?? 0)
    }

    // MARK: strings

    /// strings: STRING+ — implicit concatenation into a Constant or a JoinedStr.
    mutating func strings() throws(SyntaxError) -> Expr {
        let first = tok
        var toks: [Token] = []
        while kind == .string { toks.append(tok); advance() }
        let l = loc(from: first)
        var sawBytes = false, sawText = false, sawF = false
        for t in toks {
            let p = prefix(t)
            if p.bytes { sawBytes = true } else { sawText = true }
            if p.f { sawF = true }
        }
        if sawBytes && sawText { throw error("cannot mix bytes and nonbytes literals", at: loc(tok), range: false) }
        if sawBytes {
            var out = [UInt8]()
            for t in toks { try decodeBytes(t, into: &out) }
            return Expr(.constant(.bytes(out), kind: nil), l)
        }
        // CPython tests the first character of the first token: a lowercase u only.
        let kind: String? = source.bytes[Int(first.start)] == 0x75 ? "u" : nil
        if !sawF {
            if toks.count == 1, let fast = plainText(toks[0]) {
                return Expr(.constant(.str(.text(fast)), kind: kind), l)
            }
            var scalars = [UInt32]()
            for t in toks {
                let p = prefix(t)
                try decodeText(t, from: p.bodyStart, to: p.bodyEnd, raw: p.raw, into: &scalars)
            }
            return Expr(.constant(.str(makeString(scalars)), kind: kind), l)
        }
        var builder = JoinedBuilder(loc: l, kind: kind)
        for t in toks {
            let p = prefix(t)
            if p.f {
                var k = p.bodyStart
                try fstring(t, &k, end: p.bodyEnd, raw: p.raw, level: 0, into: &builder)
            } else {
                try decodeText(t, from: p.bodyStart, to: p.bodyEnd, raw: p.raw, into: &builder.literal)
            }
        }
        return Expr(.joinedStr(builder.finish(trailingKind: kind)), l)
    }

    struct StringPrefix {
        var raw = false, bytes = false, f = false, u = false
        var bodyStart = 0, bodyEnd = 0
    }

    func prefix(_ t: Token) -> StringPrefix {
        var p = StringPrefix()
        let b = source.bytes
        var k = Int(t.start)
        while b[k] != 0x22 && b[k] != 0x27 {
            switch b[k] | 0x20 {
            case 0x72: p.raw = true
            case 0x62: p.bytes = true
            case 0x66: p.f = true
            case 0x75: p.u = true
            default: break
            }
            k += 1
        }
        let q = b[k]
        let triple = k + 2 < Int(t.end) - 1 && b[k + 1] == q && b[k + 2] == q && Int(t.end) - k >= 6
        let ql = triple ? 3 : 1
        p.bodyStart = k + ql
        p.bodyEnd = Int(t.end) - ql
        return p
    }

    /// The text of a str token needing no decoding (raw, or free of backslashes).
    func plainText(_ t: Token) -> String? {
        let p = prefix(t)
        return source.bytes.withUnsafeBufferPointer { b -> String? in
            let body = UnsafeBufferPointer(rebasing: b[p.bodyStart..<p.bodyEnd])
            if !p.raw && body.contains(0x5C) { return nil }
            return String(decoding: body, as: UTF8.self)
        }
    }

    /// Errors in literals point just past the string tokens, as CPython's do.
    func stringError(_ t: Token, _ message: String) -> SyntaxError {
        error(message, at: loc(tok), range: false)
    }

    /// Decodes the escapes of a str literal body into code points.
    func decodeText(_ t: Token, from: Int, to: Int, raw: Bool, into out: inout [UInt32]) throws(SyntaxError) {
        let b = source.bytes
        var k = from
        while k < to {
            let c = b[k]
            if c == 0x5C && !raw {
                k = try decodeEscape(t, b, k, to, base: from, into: &out)
                continue
            }
            // Copy one UTF-8 encoded scalar.
            if c < 0x80 { out.append(UInt32(c)); k += 1; continue }
            let (scalar, width) = decodeUTF8(b, k)
            out.append(scalar)
            k += width
        }
    }

    /// One escape sequence starting at the backslash `k`; returns the index after it.
    func decodeEscape(_ t: Token, _ b: [UInt8], _ k: Int, _ to: Int, base: Int, into out: inout [UInt32]) throws(SyntaxError) -> Int {
        var k = k + 1
        guard k < to else { out.append(0x5C); return k }
        let c = b[k]
        k += 1
        switch c {
        case 0x0A: break  // backslash-newline: line continuation inside the literal
        case 0x5C: out.append(0x5C)
        case 0x27: out.append(0x27)
        case 0x22: out.append(0x22)
        case UInt8(ascii: "a"): out.append(7)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "v"): out.append(11)
        case 0x30...0x37:
            var v = UInt32(c - 0x30)
            var n = 1
            while n < 3 && k < to && b[k] >= 0x30 && b[k] <= 0x37 { v = v * 8 + UInt32(b[k] - 0x30); k += 1; n += 1 }
            out.append(v)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
            var v: UInt32 = 0
            var got = 0
            while got < n && k < to, let d = hexValue(b[k]) { v = v &* 16 &+ d; k += 1; got += 1 }
            let start = k - got - 2 - base
            if got < n {
                let what = n == 2 ? "\\xXX" : n == 4 ? "\\uXXXX" : "\\UXXXXXXXX"
                throw stringError(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(k - base - 1): truncated \(what) escape")
            }
            if v > 0x10FFFF {
                throw stringError(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(k - base - 1): illegal Unicode character")
            }
            out.append(v)
        case UInt8(ascii: "N"):
            let start = k - 2 - base
            guard k < to && b[k] == 0x7B, let close = b[k..<to].firstIndex(of: 0x7D), close > k + 1 else {
                throw stringError(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(min(k, to) - base - 1): malformed \\N character escape")
            }
            let name = String(decoding: b[(k + 1)..<close], as: UTF8.self)
            guard let v = unicodeScalar(named: name) else {
                throw stringError(t, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(close - base): unknown Unicode character name")
            }
            out.append(v)
            k = close + 1
        default:
            // Unknown escapes are kept as written (CPython warns, we stay quiet).
            out.append(0x5C)
            k -= 1
        }
        return k
    }

    func decodeBytes(_ t: Token, into out: inout [UInt8]) throws(SyntaxError) {
        let p = prefix(t)
        let b = source.bytes
        var k = p.bodyStart
        while k < p.bodyEnd {
            let c = b[k]
            if c >= 0x80 { throw error("bytes can only contain ASCII literal characters", at: loc(t)) }
            if c != 0x5C || p.raw { out.append(c); k += 1; continue }
            k += 1
            guard k < p.bodyEnd else { out.append(0x5C); break }
            let e = b[k]
            k += 1
            switch e {
            case 0x0A: break
            case 0x5C, 0x27, 0x22: out.append(e)
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "v"): out.append(11)
            case 0x30...0x37:
                var v = Int(e - 0x30)
                var n = 1
                while n < 3 && k < p.bodyEnd && b[k] >= 0x30 && b[k] <= 0x37 { v = v * 8 + Int(b[k] - 0x30); k += 1; n += 1 }
                out.append(UInt8(v & 0xFF))
            case UInt8(ascii: "x"):
                guard k + 1 < p.bodyEnd + 0, let h = hexValue(b[k]), let l = hexValue(b[k + 1]) else {
                    throw stringError(t, "(value error) invalid \\x escape at position \(k - 2 - p.bodyStart)")
                }
                out.append(UInt8(h * 16 + l))
                k += 2
            default:
                out.append(0x5C)
                k -= 1
            }
        }
    }

    // MARK: f-strings

    /// Accumulates the values of a JoinedStr: adjacent literal text is merged.
    /// Text flushed before a replacement field takes `kind`, the kind of the whole
    /// concatenation, even inside a format spec; the trailing text takes the kind of the
    /// token CPython passes to FstringParser_Finish: the first token at the top level, the
    /// f-string token itself (never "u") in a format spec.
    struct JoinedBuilder {
        var loc: Loc
        var kind: String?
        var literal: [UInt32] = []
        var values: [Expr] = []
        mutating func flush() { flush(kind: kind) }
        mutating func flush(kind k: String?) {
            if !literal.isEmpty {
                values.append(Expr(.constant(.str(makeString(literal)), kind: k), loc))
                literal.removeAll(keepingCapacity: true)
            }
        }
        mutating func finish(trailingKind: String?) -> [Expr] { flush(kind: trailingKind); return values }
    }

    /// fstring_parse: literal text and replacement fields up to `end`, or (in a format
    /// spec, level > 0) up to the '}' that closes the field.
    func fstring(_ t: Token, _ k: inout Int, end: Int, raw: Bool, level: Int, into builder: inout JoinedBuilder) throws(SyntaxError) {
        let b = source.bytes
        while k < end {
            let c = b[k]
            if c == 0x5C && !raw {
                k = try decodeEscape(t, b, k, end, base: k, into: &builder.literal)
                continue
            }
            if c == 0x7B || c == 0x7D {  // { }
                if level == 0 && k + 1 < end && b[k + 1] == c {
                    builder.literal.append(UInt32(c))
                    k += 2
                    continue
                }
                if c == 0x7D {
                    if level == 0 { throw stringError(t, "f-string: single '}' is not allowed") }
                    return  // end of a format spec
                }
                try fstringField(t, &k, end: end, raw: raw, level: level, into: &builder)
                continue
            }
            if c < 0x80 { builder.literal.append(UInt32(c)); k += 1; continue }
            let (scalar, width) = decodeUTF8(b, k)
            builder.literal.append(scalar)
            k += width
        }
    }

    /// fstring_find_expr and what follows it: '{' expr ['='] ['!' conv] [':' spec] '}'.
    func fstringField(_ t: Token, _ k: inout Int, end: Int, raw: Bool, level: Int, into builder: inout JoinedBuilder) throws(SyntaxError) {
        if level >= 2 { throw stringError(t, "f-string: expressions nested too deeply") }
        let b = source.bytes
        k += 1
        let exprStart = k
        var quote: UInt8 = 0
        var tripleQuote = false
        var stack: [UInt8] = []
        scan: while k < end {
            let ch = b[k]
            if ch == 0x5C { throw stringError(t, "f-string expression part cannot include a backslash") }
            if quote != 0 {
                if ch == quote {
                    if tripleQuote {
                        if k + 2 < end && b[k + 1] == ch && b[k + 2] == ch { k += 3; quote = 0; continue }
                    } else {
                        quote = 0
                    }
                }
                k += 1
                continue
            }
            if ch == 0x27 || ch == 0x22 {
                if k + 2 < end && b[k + 1] == ch && b[k + 2] == ch { tripleQuote = true; k += 2 } else { tripleQuote = false }
                quote = ch
            } else if ch == 0x5B || ch == 0x28 || ch == 0x7B {
                if stack.count >= maxParenLevel { throw stringError(t, "f-string: too many nested parenthesis") }
                stack.append(ch)
            } else if ch == 0x23 {
                throw stringError(t, "f-string expression part cannot include '#'")
            } else if stack.isEmpty && (ch == 0x21 || ch == 0x3A || ch == 0x7D || ch == 0x3D || ch == 0x3E || ch == 0x3C) {
                // ! : } = > < end the expression unless they are part of != == <= >=.
                if k + 1 < end && b[k + 1] == 0x3D && (ch == 0x21 || ch == 0x3D || ch == 0x3C || ch == 0x3E) {
                    k += 2
                    continue
                }
                if ch == 0x3E || ch == 0x3C { k += 1; continue }
                break scan
            } else if ch == 0x5D || ch == 0x29 || ch == 0x7D {
                guard let open = stack.popLast() else {
                    throw stringError(t, "f-string: unmatched '\(Character(Unicode.Scalar(ch)))'")
                }
                let want: UInt8 = open == 0x5B ? 0x5D : open == 0x28 ? 0x29 : 0x7D
                if ch != want {
                    throw stringError(t, "f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not match opening parenthesis '\(Character(Unicode.Scalar(open)))'")
                }
            }
            k += 1
        }
        if quote != 0 { throw stringError(t, "f-string: unterminated string") }
        if let open = stack.last { throw stringError(t, "f-string: unmatched '\(Character(Unicode.Scalar(open)))'") }
        if k >= end { throw stringError(t, "f-string: expecting '}'") }
        let exprEnd = k
        let value = try fstringExpression(t, from: exprStart, to: exprEnd)
        var debugText: [UInt32]?
        if b[k] == 0x3D {
            k += 1
            while k < end && (b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x0C || b[k] == 0x0B) { k += 1 }
            var text = [UInt32]()
            var j = exprStart
            while j < k { let (s, w) = decodeUTF8(b, j); text.append(s); j += w }
            debugText = text
        }
        var conversion = -1
        if k < end && b[k] == 0x21 {
            k += 1
            guard k < end else { throw stringError(t, "f-string: expecting '}'") }
            let c = b[k]
            k += 1
            guard c == 0x73 || c == 0x72 || c == 0x61 else {
                throw stringError(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Int(c)
        }
        guard k < end else { throw stringError(t, "f-string: expecting '}'") }
        var formatSpec: Expr?
        if b[k] == 0x3A {
            k += 1
            guard k < end else { throw stringError(t, "f-string: expecting '}'") }
            var spec = JoinedBuilder(loc: builder.loc, kind: builder.kind)
            try fstring(t, &k, end: end, raw: raw, level: level + 1, into: &spec)
            formatSpec = Expr(.joinedStr(spec.finish(trailingKind: nil)), builder.loc)
        }
        guard k < end && b[k] == 0x7D else { throw stringError(t, "f-string: expecting '}'") }
        k += 1
        if let d = debugText {
            builder.literal.append(contentsOf: d)
            if formatSpec == nil && conversion == -1 { conversion = 0x72 }
        }
        builder.flush()
        builder.values.append(Expr(.formattedValue(value, conversion: conversion, formatSpec: formatSpec), builder.loc))
    }

    /// Parses the text of a replacement field as `(star_expressions)`.
    func fstringExpression(_ t: Token, from: Int, to: Int) throws(SyntaxError) -> Expr {
        let b = source.bytes
        if b[from..<to].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D || $0 == 0x0B }) {
            throw stringError(t, "f-string: empty expression not allowed")
        }
        var text: [UInt8] = [0x28]
        text.append(contentsOf: b[from..<to])
        text.append(0x29)
        // Position the sub-source so that its columns line up with the real file.
        let startLine = source.line(ofOffset: from)
        let startCol = from - source.lineStarts[startLine - 1]
        let sub = SourceFile(path: source.path, utf8: text)
        var p = Parser(source: sub)
        p.isFStringExpr = true
        p.depth = depth
        let outer = positionShift
        let shift: (Int32, Int32) -> (Int32, Int32) = { line, col in
            let local = line == 1 ? (Int32(startLine), col - 1 + Int32(startCol)) : (line + Int32(startLine) - 1, col)
            return outer.map { $0(local.0, local.1) } ?? local  // nested f-strings compose
        }
        p.positionShift = shift
        for k in p.tokens.indices {
            (p.tokens[k].line, p.tokens[k].col) = shift(p.tokens[k].line, p.tokens[k].col)
            (p.tokens[k].endLine, p.tokens[k].endCol) = shift(p.tokens[k].endLine, p.tokens[k].endCol)
        }
        do throws(SyntaxError) {
            // CPython compiles "(" + text + ")", so a bare yield or tuple is allowed.
            let e = try p.starExpressions()
            guard p.kind == .newline || p.kind == .endMarker else { throw p.unexpected() }
            return e
        } catch {
            // CPython compiles the expression as a source of its own: the error shows that
            // parenthesized text, with columns relative to it, and only errors raised by its
            // parser get the "f-string: " prefix. Tokenizer errors are in sub-source
            // coordinates already; parser errors were shifted with the tokens.
            var err = error
            if err.placedInFString { throw err }
            var line = err.line, endLine = err.endLine, col = err.col, endCol = err.endCol
            if !err.fromTokenizer {
                line -= startLine - 1
                endLine -= startLine - 1
                if line == 1 && col >= 0 { col -= startCol - 1 }
                if endLine == 1 && endCol >= 0 { endCol -= startCol - 1 }
            }
            let text = sub.lineText(line)
            err.sourceLine = text
            err.col = col
            err.endCol = endCol
            if endLine > line {
                // The sub-source line has no newline: highlight to its end, not past it.
                endLine = line
                err.endCol = text.utf8.count - 1
            }
            err.line = line + startLine - 1
            err.endLine = endLine + startLine - 1
            if err.fromParser && !err.message.hasPrefix("f-string") { err.message = "f-string: " + err.message }
            err.placedInFString = true
            throw err
        }
    }
}

@inline(__always) func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x61...0x66: return UInt32(c - 0x61 + 10)
    case 0x41...0x46: return UInt32(c - 0x41 + 10)
    default: return nil
    }
}

/// Decodes one scalar of already validated UTF-8.
@inline(__always) func decodeUTF8(_ b: [UInt8], _ k: Int) -> (UInt32, Int) {
    let c = UInt32(b[k])
    if c < 0x80 { return (c, 1) }
    if c < 0xE0 { return ((c & 0x1F) << 6 | UInt32(b[k + 1] & 0x3F), 2) }
    if c < 0xF0 { return ((c & 0x0F) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F), 3) }
    return ((c & 0x07) << 18 | UInt32(b[k + 1] & 0x3F) << 12 | UInt32(b[k + 2] & 0x3F) << 6 | UInt32(b[k + 3] & 0x3F), 4)
}

/// A PyString from code points: a Swift String unless it holds lone surrogates.
func makeString(_ scalars: [UInt32]) -> PyString {
    if scalars.contains(where: { $0 >= 0xD800 && $0 <= 0xDFFF }) { return .scalars(scalars) }
    var s = String.UnicodeScalarView()
    s.reserveCapacity(scalars.count)
    for v in scalars { s.append(Unicode.Scalar(v)!) }
    return .text(String(s))
}

/// \N{...} lookup: character names and aliases, case-insensitively, built on first use.
/// A global `let` is initialized once, safely, even when threads parse at the same time.
private let unicodeNames: [String: UInt32] = {
    var table = [String: UInt32]()
    table.reserveCapacity(300_000)
    for v in UInt32(0)...0x10FFFF {
        guard let s = Unicode.Scalar(v) else { continue }
        if let n = s.properties.name { table[n] = v }
        if let a = s.properties.nameAlias, table[a] == nil { table[a] = v }
    }
    return table
}()

func unicodeScalar(named name: String) -> UInt32? {
    unicodeNames[name.uppercased()]
}
