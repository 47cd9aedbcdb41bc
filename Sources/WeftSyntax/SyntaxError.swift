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

    /// CPython's rendering, ending with a newline.
    public func render() -> String {
        var out = "  File \"\(path)\", line \(line)\n"
        if let text = sourceLine {
            let chars = Array(text.unicodeScalars)
            // CPython reports 1-based character offsets; we keep byte offsets until here.
            var offset = charOffset(text, byteCol: col) + 1
            var endOffset = endCol >= 0 && endLine == line ? charOffset(text, byteCol: endCol) + 1 : -1
            if endLine > line && endCol >= 0 { endOffset = chars.count + 1 }
            let repetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
            offset -= 1
            var start = 0
            while start < chars.count && (chars[start] == " " || chars[start] == "\t" || chars[start] == "\u{0C}") {
                start += 1
                offset -= 1
            }
            let shown = String(String.UnicodeScalarView(chars[start...]))
            let len = chars.count - start
            if offset > len { offset = len }
            out += "    " + shown + "\n"
            if offset >= 0 {
                out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: repetitions) + "\n"
            }
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }
}

/// Number of Unicode scalars in the first `byteCol` UTF-8 bytes of `text`.
func charOffset(_ text: String, byteCol: Int) -> Int {
    var bytes = 0, chars = 0
    for s in text.unicodeScalars {
        if bytes >= byteCol { break }
        bytes += UTF8.width(s)
        chars += 1
    }
    if byteCol > bytes { chars += byteCol - bytes }
    return chars
}
