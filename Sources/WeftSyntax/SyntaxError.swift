// Errors found before a program runs, printed exactly as CPython 3.11 prints a
// SyntaxError (pythonrun.c print_error_text): file and line, the stripped source line,
// a caret run under the offending columns, then "Kind: message".

public struct SyntaxError: Error, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
        /// Weft parses the construct but cannot run it yet.
        case notImplemented = "NotImplementedError"
    }

    public var kind: Kind
    public var message: String
    public var path: String
    /// 1-based line; 0 when unknown.
    public var line: Int
    /// 0-based UTF-8 byte offset into the line.
    public var col: Int
    public var endLine: Int
    /// 0-based UTF-8 byte offset, exclusive; -1 when the error is a single point.
    public var endCol: Int
    /// The source line the caret refers to (nil: print no source line).
    public var sourceLine: String?
    /// CPython reports the columns of this error in UTF-8 bytes rather than characters:
    /// its parser converts only when the tokenizer knows an encoding (a coding
    /// declaration or a BOM), and f-string expressions and the compiler never convert.
    public var byteOffsets = false
    /// Set by the tokenizer: line and column are those of the text it scanned (which for
    /// an f-string expression is the parenthesized sub-source, not the file).
    var fromTokenizer = false
    /// CPython raises it from its parser (which prefixes "f-string: " inside an f-string
    /// expression) rather than from its tokenizer.
    var fromParser = true
    /// Already placed in the f-string expression that holds it.
    var placedInFString = false

    public init(_ kind: Kind = .syntax, _ message: String, path: String, line: Int, col: Int,
                endLine: Int? = nil, endCol: Int = -1, sourceLine: String?) {
        self.kind = kind
        self.message = message
        self.path = path
        self.line = line
        self.col = col
        self.endLine = endLine ?? line
        self.endCol = endCol
        self.sourceLine = sourceLine
    }

    static func at(path: String, bytes: [UInt8], offset: Int, _ message: String) -> SyntaxError {
        var lineStart = offset
        while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let line = bytes[..<lineStart].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        return SyntaxError(.syntax, message, path: path, line: line, col: offset - lineStart, sourceLine: text)
    }

    public var description: String { render() }

    /// CPython's rendering, ending with a newline. Line 0 means no location: CPython then
    /// prints the message alone. A negative column prints the line without a caret.
    public func render() -> String {
        guard line > 0 else { return "\(kind.rawValue): \(message)\n" }
        var out = "  File \"\(path)\", line \(line)\n"
        if let text = sourceLine {
            // SyntaxError.offset and end_offset as CPython sets them (1-based)...
            func offset1(_ byteCol: Int) -> Int {
                byteOffsets ? byteCol + 1 : charOffset(text, byteCol: byteCol) + 1
            }
            var offset = col < 0 ? 0 : offset1(col)
            var endOffset = endCol >= 0 ? offset1(endCol) : -1
            // ...then print_exception and print_error_text, which count in UTF-8 bytes.
            let bytes = Array(text.utf8)
            let lineSize = bytes.count + 1  // CPython's text keeps the line's newline
            if endLine > line && endCol >= 0 { endOffset = lineSize }
            if endOffset > lineSize + 1 { endOffset = lineSize + 1 }
            let repetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
            offset -= 1
            var start = 0
            while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0C) {
                start += 1
                offset -= 1
            }
            let len = bytes.count - start
            if offset > len { offset = len }
            out += "    " + String(decoding: bytes[start...], as: UTF8.self) + "\n"
            if offset >= 0 {
                out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: repetitions) + "\n"
            }
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }
}

/// Number of Unicode scalars in the first `byteCol` UTF-8 bytes of `text`.
public func charOffset(_ text: String, byteCol: Int) -> Int {
    var bytes = 0, chars = 0
    for s in text.unicodeScalars {
        if bytes >= byteCol { break }
        bytes += UTF8.width(s)
        chars += 1
    }
    if byteCol > bytes { chars += byteCol - bytes }
    return chars
}
