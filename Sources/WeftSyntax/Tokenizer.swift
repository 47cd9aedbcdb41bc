// The tokenizer: UTF-8 bytes in, a token array out (the parser backtracks by index).
// It follows CPython 3.11's tokenizer.c: indentation with tab/space consistency checks,
// implicit line joining inside brackets, backslash continuation, number and string
// scanning with the same error messages. An error does not throw at once: it is stored
// and an `errorToken` ends the stream, so that a parse error earlier in the file wins,
// as it does in CPython where the tokenizer runs on demand.

public let maxParenLevel = 200
let maxIndentLevel = 100

public struct TokenStream {
    public var tokens: [Token]
    /// The tokenizer error that the final `errorToken` stands for.
    public var error: SyntaxError?
    /// Set when that error is "'(' was never closed": the bracket's line.
    public var unclosedLine: Int?
}

public func tokenize(_ source: SourceFile) -> TokenStream {
    source.bytes.withUnsafeBufferPointer { buf in
        var t = Tokenizer(source: source, p: buf)
        t.run()
        return TokenStream(tokens: t.tokens, error: t.error, unclosedLine: t.unclosedLine)
    }
}

private func isIdentStart(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 0x80
}
private func isIdentChar(_ c: UInt8) -> Bool {
    isIdentStart(c) || (c >= 0x30 && c <= 0x39)
}
private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
private func isHexDigit(_ c: UInt8) -> Bool {
    isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
}

private struct TokenizerError: Error { var error: SyntaxError }

private struct Tokenizer {
    let source: SourceFile
    let p: UnsafeBufferPointer<UInt8>
    var pos = 0
    var line: Int32 = 1
    var lineStart = 0
    var tokens: [Token] = []
    var error: SyntaxError?
    var unclosedLine: Int?
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    /// Open brackets: the byte, its line and column.
    var parens: [(UInt8, Int32, Int32)] = []
    /// Start of the first line holding a NUL byte (Int.max if none).
    let nulLineStart: Int

    init(source: SourceFile, p: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.p = p
        tokens.reserveCapacity(p.count / 4 + 16)
        if let nul = p.firstIndex(of: 0) {
            var start = nul
            while start > 0 && p[start - 1] != 0x0A { start -= 1 }
            nulLineStart = start
        } else {
            nulLineStart = Int.max
        }
    }

    @inline(__always) func at(_ i: Int) -> UInt8 { i < p.count ? p[i] : 0 }
    var col: Int32 { Int32(pos - lineStart) }

    mutating func run() {
        do {
            try scan()
        } catch {
            self.error = error.error
            tokens.append(Token(kind: .errorToken, start: Int32(pos), end: Int32(pos), line: line, col: col, endLine: line, endCol: col))
        }
    }

    /// `pegen`: CPython's tokenizer only sets an error code and its parser raises the
    /// error (indentation, line continuation, EOF, unclosed brackets), so the columns are
    /// bytes unless the file declares its encoding. `bytes`: bytes always.
    func fail(_ message: String, line: Int32? = nil, col: Int32? = nil, kind: SyntaxError.Kind = .syntax, endCol: Int32 = -1,
              pegen: Bool = false, bytes: Bool = false) -> TokenizerError {
        let l = Int(line ?? self.line)
        var e = SyntaxError(kind, message, path: source.path, line: l, col: Int(col ?? self.col),
                            endCol: Int(endCol), sourceLine: source.lineText(l))
        e.byteOffsets = bytes || (pegen && !source.hasEncodingDeclaration)
        e.fromTokenizer = true
        e.fromParser = pegen
        return TokenizerError(error: e)
    }

    /// CPython reads a file line by line and rejects a line holding a NUL byte before
    /// tokenizing any of it; the error shows the line up to the NUL and no caret.
    func nulError() -> TokenizerError {
        var end = lineStart
        while end < p.count && p[end] != 0 && p[end] != 0x0A { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[lineStart..<end]), as: UTF8.self)
        var e = SyntaxError(.syntax, "source code cannot contain null bytes", path: source.path,
                            line: Int(line), col: -1, sourceLine: text)
        e.fromTokenizer = true
        e.fromParser = false
        return TokenizerError(error: e)
    }

    /// The line CPython's tokenizer has read when it meets the end of the file: the last
    /// line, not the empty one after a final newline.
    var lastLineRead: Int32 { pos > 0 && pos >= p.count && p[p.count - 1] == 0x0A ? line - 1 : line }

    mutating func emit(_ kind: TokenKind, from start: Int, line l: Int32, col c: Int32) {
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(pos), line: l, col: c, endLine: line, endCol: col))
    }

    /// True when the last token ends a logical line (or there is none yet).
    var atLogicalLineStart: Bool {
        guard let k = tokens.last?.kind else { return true }
        return k == .newline || k == .indent || k == .dedent
    }

    mutating func scan() throws(TokenizerError) {
        var atLineStart = true
        while true {
            if pos >= nulLineStart { throw nulError() }
            if atLineStart {
                atLineStart = false
                if parens.isEmpty { try indentation() }
            }
            // Skip blanks.
            var c = at(pos)
            while c == 0x20 || c == 0x09 || c == 0x0C { pos += 1; c = at(pos) }
            let start = pos, l = line, cl = col
            if pos >= p.count {
                try endOfFile()
                return
            }
            switch c {
            case 0x23: // '#'
                while pos < p.count && p[pos] != 0x0A { pos += 1 }
            case 0x0A:
                if parens.isEmpty && !atLogicalLineStart {
                    pos += 1
                    tokens.append(Token(kind: .newline, start: Int32(start), end: Int32(pos), line: l, col: cl, endLine: l, endCol: cl + 1))
                } else {
                    pos += 1
                }
                newLine()
                atLineStart = true
            case 0x5C: // backslash
                if at(pos + 1) == 0x0A || pos + 1 >= p.count {
                    // CPython adds the missing final newline; EOF is reported just past the
                    // backslash, or with no column when the backslash began the line.
                    let blankBefore = p[lineStart..<pos].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
                    let l = line, cl = blankBefore ? -1 : col + 1
                    pos = min(pos + 2, p.count)
                    newLine()
                    if pos >= p.count {
                        if !parens.isEmpty { try endOfFile() }  // "'(' was never closed"
                        throw fail("unexpected EOF while parsing", line: l, col: cl, pegen: true)
                    }
                } else {
                    pos += 1
                    throw fail("unexpected character after line continuation character", pegen: true)
                }
            case 0x00:
                throw nulError()
            default:
                if isIdentStart(c) {
                    try nameOrString()
                } else if isDigit(c) || (c == 0x2E && isDigit(at(pos + 1))) {
                    try number()
                } else if c == 0x22 || c == 0x27 {
                    try string(prefixStart: pos, quoteAt: pos)
                } else {
                    try op(c)
                }
            }
        }
    }

    mutating func newLine() {
        line += 1
        lineStart = pos
    }

    mutating func indentation() throws(TokenizerError) {
        var column = 0, alt = 0
        // As in CPython, a backslash continues the indentation on the next line, and the
        // column of the first backslash (unless 0) is the line's indentation.
        var continuationColumn = 0
        var i = pos
        loop: while i < p.count {
            switch p[i] {
            case 0x20: column += 1; alt += 1
            case 0x09: column = (column / 8 + 1) * 8; alt += 1
            case 0x0C: column = 0; alt = 0
            case 0x5C:
                if i + 1 >= p.count || (p[i + 1] == 0x0A && i + 2 >= p.count) { break loop }  // scan() reports the EOF
                if continuationColumn == 0 { continuationColumn = column }
                guard p[i + 1] == 0x0A else {
                    pos = i + 1
                    throw fail("unexpected character after line continuation character", pegen: true)
                }
                i += 1
                pos = i + 1
                newLine()
            default: break loop
            }
            i += 1
        }
        let c = at(i)
        // Blank lines and comment-only lines do not affect indentation.
        if c == 0x23 || c == 0x0A || i >= p.count || c == 0x5C { return }
        if continuationColumn != 0 { column = continuationColumn; alt = continuationColumn }
        let l = line, cl = Int32(i - lineStart)
        if column == indents.last! {
            if alt != altIndents.last! { throw fail("inconsistent use of tabs and spaces in indentation", col: 0, kind: .tab, pegen: true) }
        } else if column > indents.last! {
            if indents.count >= maxIndentLevel { throw fail("too many levels of indentation", col: 0, kind: .indentation, pegen: true) }
            if alt <= altIndents.last! { throw fail("inconsistent use of tabs and spaces in indentation", col: 0, kind: .tab, pegen: true) }
            indents.append(column)
            altIndents.append(alt)
            // No column, as in CPython: "unexpected indent" shows no caret.
            tokens.append(Token(kind: .indent, start: Int32(i), end: Int32(i), line: l, col: -1, endLine: l, endCol: cl))
        } else {
            // CPython checks the level before it produces any DEDENT.
            var level = indents.count - 1
            while level > 0 && column < indents[level] { level -= 1 }
            if column != indents[level] {
                var end = i
                while end < p.count && p[end] != 0x0A { end += 1 }
                throw fail("unindent does not match any outer indentation level", col: Int32(end - lineStart), kind: .indentation, pegen: true)
            }
            while indents.count > level + 1 {
                indents.removeLast()
                altIndents.removeLast()
                tokens.append(Token(kind: .dedent, start: Int32(i), end: Int32(i), line: l, col: cl, endLine: l, endCol: cl))
            }
            if alt != altIndents.last! { throw fail("inconsistent use of tabs and spaces in indentation", col: 0, kind: .tab, pegen: true) }
        }
    }

    mutating func endOfFile() throws(TokenizerError) {
        if let (ch, l, c) = parens.last {
            unclosedLine = Int(l)
            throw fail("'\(Character(Unicode.Scalar(ch)))' was never closed", line: l, col: c, pegen: true)
        }
        let l = line, cl = col
        if !atLogicalLineStart {
            tokens.append(Token(kind: .newline, start: Int32(pos), end: Int32(pos), line: l, col: cl, endLine: l, endCol: cl + 1))
        }
        let dedentLine = cl == 0 ? l : l + 1
        while indents.count > 1 {
            indents.removeLast()
            tokens.append(Token(kind: .dedent, start: Int32(pos), end: Int32(pos), line: dedentLine, col: 0, endLine: dedentLine, endCol: 0))
        }
        tokens.append(Token(kind: .endMarker, start: Int32(pos), end: Int32(pos), line: dedentLine, col: 0, endLine: dedentLine, endCol: 0))
    }

    // MARK: names and keywords

    mutating func nameOrString() throws(TokenizerError) {
        let start = pos, l = line, cl = col
        var nonASCII = false
        while true {
            let c = at(pos)
            if !isIdentChar(c) { break }
            if c >= 0x80 { nonASCII = true }
            pos += 1
        }
        let len = pos - start
        let q = at(pos)
        if (q == 0x22 || q == 0x27) && len <= 2 && isStringPrefix(start, len) {
            try string(prefixStart: start, quoteAt: pos)
            return
        }
        if nonASCII { try verifyIdentifier(start) }
        emit(keyword(start, len) ?? .name, from: start, line: l, col: cl)
        if nonASCII { tokens[tokens.count - 1].normalized = true }
    }

    func isStringPrefix(_ s: Int, _ len: Int) -> Bool {
        func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
        let a = lower(p[s])
        if len == 1 { return a == 0x72 || a == 0x75 || a == 0x62 || a == 0x66 }   // r u b f
        let b = lower(p[s + 1])
        switch (a, b) {
        case (0x62, 0x72), (0x72, 0x62), (0x66, 0x72), (0x72, 0x66): return true  // br rb fr rf
        default: return false
        }
    }

    func keyword(_ s: Int, _ len: Int) -> TokenKind? {
        guard len >= 2 && len <= 8 else { return nil }
        let c = p[s]
        guard (c >= 0x61 && c <= 0x79) || c == 0x46 || c == 0x4E || c == 0x54 else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[s..<(s + len)]), as: UTF8.self)
        return keywordTable[word]
    }

    /// Checks a name holding non-ASCII bytes against XID_Start/XID_Continue.
    func verifyIdentifier(_ start: Int) throws(TokenizerError) {
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<pos]), as: UTF8.self)
        var offset = start
        var first = true
        for s in text.unicodeScalars {
            let ok = first ? (s == "_" || s.properties.isXIDStart) : s.properties.isXIDContinue
            if !ok {
                let hex = String(s.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                if isPrintable(s) {
                    throw fail("invalid character '\(Character(s))' (U+\(padded))", col: Int32(offset - lineStart))
                }
                throw fail("invalid non-printable character U+\(padded)", col: Int32(offset - lineStart))
            }
            first = false
            offset += UTF8.width(s)
        }
    }

    // MARK: numbers

    mutating func decimalTail() throws(TokenizerError) {
        while true {
            while isDigit(at(pos)) { pos += 1 }
            if at(pos) != 0x5F { return }
            pos += 1
            if !isDigit(at(pos)) {
                pos -= 1
                throw fail("invalid decimal literal", col: col)
            }
        }
    }

    func verifyEndOfNumber(_ kind: String) throws(TokenizerError) {
        let c = at(pos)
        func ahead(_ s: String) -> Bool {
            var i = pos + 1
            for b in s.utf8 { if at(i) != b { return false }; i += 1 }
            return true
        }
        var keywordFollows = false
        switch c {
        case UInt8(ascii: "a"): keywordFollows = ahead("nd")
        case UInt8(ascii: "e"): keywordFollows = ahead("lse")
        case UInt8(ascii: "f"): keywordFollows = ahead("or")
        case UInt8(ascii: "i"): let d = at(pos + 1); keywordFollows = d == 0x66 || d == 0x6E || d == 0x73
        case UInt8(ascii: "o"): keywordFollows = ahead("r")
        case UInt8(ascii: "n"): keywordFollows = ahead("ot")
        default: break
        }
        if !keywordFollows && isIdentChar(c) {
            throw fail("invalid \(kind) literal", col: col - 1)
        }
    }

    mutating func number() throws(TokenizerError) {
        let start = pos, l = line, cl = col
        var c = at(pos)
        if c == 0x30 {
            pos += 1
            c = at(pos)
            let x = c | 0x20
            if x == 0x78 || x == 0x6F || x == 0x62 {  // x o b
                let (kind, valid): (String, (UInt8) -> Bool) =
                    x == 0x78 ? ("hexadecimal", isHexDigit) : x == 0x6F ? ("octal", { $0 >= 0x30 && $0 <= 0x37 })
                    : ("binary", { $0 == 0x30 || $0 == 0x31 })
                pos += 1
                repeat {
                    if at(pos) == 0x5F { pos += 1 }
                    if !valid(at(pos)) {
                        if x != 0x78 && isDigit(at(pos)) {
                            throw fail("invalid digit '\(Character(Unicode.Scalar(at(pos))))' in \(kind) literal", col: col)
                        }
                        throw fail("invalid \(kind) literal", col: col - 1)
                    }
                    while valid(at(pos)) { pos += 1 }
                } while at(pos) == 0x5F
                if x != 0x78 && isDigit(at(pos)) {
                    throw fail("invalid digit '\(Character(Unicode.Scalar(at(pos))))' in \(kind) literal", col: col)
                }
                try verifyEndOfNumber(kind)
                emit(.number, from: start, line: l, col: cl)
                return
            }
            var nonzero = false
            var zerosEnd = pos
            while true {  // leading zeros, then maybe more digits (valid for floats only)
                while at(pos) == 0x30 { pos += 1 }
                if at(pos) != 0x5F { break }
                pos += 1
                if !isDigit(at(pos)) { pos -= 1; throw fail("invalid decimal literal", col: col) }
            }
            zerosEnd = pos
            if isDigit(at(pos)) {
                nonzero = true
                try decimalTail()
            }
            c = at(pos)
            if c == 0x2E || c | 0x20 == 0x65 || c | 0x20 == 0x6A {
                try fractionAndExponent()
            } else if nonzero {
                throw fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                           line: l, col: cl, endCol: Int32(zerosEnd - lineStart), bytes: true)
            } else {
                try verifyEndOfNumber("decimal")
            }
        } else {
            if c != 0x2E { try decimalTail() }
            try fractionAndExponent()
        }
        emit(.number, from: start, line: l, col: cl)
    }

    mutating func fractionAndExponent() throws(TokenizerError) {
        if at(pos) == 0x2E {
            pos += 1
            if isDigit(at(pos)) { try decimalTail() }
        }
        if at(pos) | 0x20 == 0x65 {  // e
            let save = pos
            pos += 1
            var c = at(pos)
            if c == 0x2B || c == 0x2D {
                pos += 1
                c = at(pos)
                if !isDigit(c) { throw fail("invalid decimal literal", col: col) }
            } else if !isDigit(c) {
                pos = save
                try verifyEndOfNumber("decimal")
                return
            }
            try decimalTail()
        }
        if at(pos) | 0x20 == 0x6A {  // j
            pos += 1
            try verifyEndOfNumber("imaginary")
        } else {
            try verifyEndOfNumber("decimal")
        }
    }

    // MARK: strings

    mutating func string(prefixStart: Int, quoteAt: Int) throws(TokenizerError) {
        let l = line, cl = Int32(prefixStart - lineStart)
        let quote = p[quoteAt]
        pos = quoteAt + 1
        var triple = false
        if at(pos) == quote && at(pos + 1) == quote {
            triple = true
            pos += 2
        }
        while true {
            guard pos < p.count else {
                if triple {
                    throw fail("unterminated triple-quoted string literal (detected at line \(lastLineRead))", line: l, col: cl)
                }
                throw fail("unterminated string literal (detected at line \(lastLineRead))", line: l, col: cl)
            }
            if pos >= nulLineStart { throw nulError() }
            let c = p[pos]
            pos += 1
            if c == quote {
                if !triple { break }
                if at(pos) == quote && at(pos + 1) == quote { pos += 2; break }
            } else if c == 0x0A {
                if !triple {
                    throw fail("unterminated string literal (detected at line \(line))", line: l, col: cl)
                }
                newLine()
            } else if c == 0x5C {
                guard pos < p.count else { continue }
                if p[pos] == 0x0A { pos += 1; newLine() } else { pos += 1 }
            }
        }
        emit(.string, from: prefixStart, line: l, col: cl)
    }

    // MARK: operators

    mutating func op(_ c: UInt8) throws(TokenizerError) {
        let start = pos, l = line, cl = col
        let c1 = at(pos + 1), c2 = at(pos + 2)
        var kind: TokenKind
        var len = 1
        func two(_ next: UInt8, _ k2: TokenKind, else k1: TokenKind) -> TokenKind {
            if c1 == next { len = 2; return k2 }
            return k1
        }
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if parens.count >= maxParenLevel { throw fail("too many nested parentheses") }
            parens.append((c, l, cl))
            kind = c == UInt8(ascii: "(") ? .lpar : c == UInt8(ascii: "[") ? .lsqb : .lbrace
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            let ch = Character(Unicode.Scalar(c))
            guard let (open, ol, _) = parens.popLast() else { throw fail("unmatched '\(ch)'") }
            let expected: UInt8 = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if c != expected {
                let o = Character(Unicode.Scalar(open))
                if ol != l {
                    throw fail("closing parenthesis '\(ch)' does not match opening parenthesis '\(o)' on line \(ol)")
                }
                throw fail("closing parenthesis '\(ch)' does not match opening parenthesis '\(o)'")
            }
            kind = c == UInt8(ascii: ")") ? .rpar : c == UInt8(ascii: "]") ? .rsqb : .rbrace
        case UInt8(ascii: ":"): kind = two(UInt8(ascii: "="), .colonEqual, else: .colon)
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semi
        case UInt8(ascii: "."):
            if c1 == 0x2E && c2 == 0x2E { kind = .ellipsis; len = 3 } else { kind = .dot }
        case UInt8(ascii: "+"): kind = two(0x3D, .plusEqual, else: .plus)
        case UInt8(ascii: "-"):
            if c1 == 0x3E { kind = .rarrow; len = 2 } else { kind = two(0x3D, .minusEqual, else: .minus) }
        case UInt8(ascii: "*"):
            if c1 == 0x2A { kind = c2 == 0x3D ? .doubleStarEqual : .doubleStar; len = c2 == 0x3D ? 3 : 2 }
            else { kind = two(0x3D, .starEqual, else: .star) }
        case UInt8(ascii: "/"):
            if c1 == 0x2F { kind = c2 == 0x3D ? .doubleSlashEqual : .doubleSlash; len = c2 == 0x3D ? 3 : 2 }
            else { kind = two(0x3D, .slashEqual, else: .slash) }
        case UInt8(ascii: "|"): kind = two(0x3D, .vbarEqual, else: .vbar)
        case UInt8(ascii: "&"): kind = two(0x3D, .amperEqual, else: .amper)
        case UInt8(ascii: "<"):
            if c1 == 0x3C { kind = c2 == 0x3D ? .leftShiftEqual : .leftShift; len = c2 == 0x3D ? 3 : 2 }
            else if c1 == 0x3E { kind = .invalid; len = 2 }  // '<>' needs barry_as_FLUFL
            else { kind = two(0x3D, .lessEqual, else: .less) }
        case UInt8(ascii: ">"):
            if c1 == 0x3E { kind = c2 == 0x3D ? .rightShiftEqual : .rightShift; len = c2 == 0x3D ? 3 : 2 }
            else { kind = two(0x3D, .greaterEqual, else: .greater) }
        case UInt8(ascii: "="): kind = two(0x3D, .equalEqual, else: .equal)
        case UInt8(ascii: "!"):
            if c1 == 0x3D { kind = .notEqual; len = 2 } else { kind = .invalid }
        case UInt8(ascii: "%"): kind = two(0x3D, .percentEqual, else: .percent)
        case UInt8(ascii: "~"): kind = .tilde
        case UInt8(ascii: "^"): kind = two(0x3D, .circumflexEqual, else: .circumflex)
        case UInt8(ascii: "@"): kind = two(0x3D, .atEqual, else: .at)
        default:
            if c < 0x80 {
                if c < 0x20 || c == 0x7F {
                    let hex = String(c, radix: 16, uppercase: true)
                    throw fail("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count) + hex)")
                }
            }
            kind = .invalid
        }
        pos += len
        emit(kind, from: start, line: l, col: cl)
    }
}

/// CPython's str.isprintable for one character (Unicode data of CPython 3.11).
public func isPrintable(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x7F { return v >= 0x20 }
    return inToggledSet(printableToggles, v)
}

/// Membership in a set given as the sorted code points where membership flips.
func inToggledSet(_ toggles: [UInt32], _ v: UInt32) -> Bool {
    var lo = 0, hi = toggles.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if toggles[mid] <= v { lo = mid + 1 } else { hi = mid }
    }
    return lo & 1 == 1
}
