// A Python source file as the tokenizer sees it: UTF-8 bytes, newlines normalized to "\n".
// Decoding happens once, here: a BOM is dropped, a PEP 263 coding line naming latin-1 or
// ASCII is honoured by transcoding to UTF-8, anything else must already be valid UTF-8.

public final class SourceFile {
    public let path: String
    /// UTF-8 text with "\r\n" and "\r" turned into "\n".
    public let bytes: [UInt8]
    /// Byte offset of the start of each line; `lineStarts[0]` is line 1.
    public let lineStarts: [Int]
    /// A BOM or a coding declaration named the encoding (CPython's tok->encoding is set),
    /// which decides whether CPython reports parser error columns in characters or bytes.
    public internal(set) var hasEncodingDeclaration = false

    public init(path: String, utf8 normalized: [UInt8]) {
        self.path = path
        self.bytes = normalized
        var starts = [0]
        starts.reserveCapacity(normalized.count / 32 + 1)
        for (i, b) in normalized.enumerated() where b == 0x0A { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// Decodes raw file contents. Throws a SyntaxError for undecodable input.
    ///
    /// Encoding errors are those of CPython reading a file (`python3 FILE`): its
    /// tokenizer raises them with no location, so they print as the message alone. A
    /// declared codec other than plain "utf-8" is read through io.open, whose failure to
    /// decode is reported as "encoding problem" too.
    public static func decode(path: String, raw: [UInt8]) throws(SyntaxError) -> SourceFile {
        var bytes = raw
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bom { bytes.removeFirst(3) }
        bytes = normalizeNewlines(bytes)
        let declared = codingDeclaration(bytes)
        func encodingProblem(_ what: String) -> SyntaxError {
            SyntaxError(.syntax, "encoding problem: \(what)", path: path, line: 0, col: 0, sourceLine: nil)
        }
        if let declared = declared {
            let normal = cpythonNormalName(declared)
            if bom && normal != "utf-8" { throw encodingProblem("\(normal) with BOM") }
            // Python's encodings.search_function: the name, or an alias of it with '.' as '_'.
            let key = normalizedEncoding(declared)
            let dotless = String(key.map { $0 == "." ? "_" : $0 })
            guard let codec = codecAliases[key] ?? codecAliases[dotless].flatMap({ $0 != dotless ? $0 : nil }) else {
                throw encodingProblem(normal)
            }
            switch codec {
            case "utf_8":
                if normal != "utf-8" && firstInvalidUTF8(bytes) != nil { throw encodingProblem(normal) }
            case "ascii":
                if bytes.contains(where: { $0 >= 0x80 }) { throw encodingProblem(normal) }
            case "latin_1":
                bytes = transcode(bytes) { UInt32($0) }
            default:
                let table = singleByteCodecs[codec]!
                if bytes.contains(where: { $0 >= 0x80 && table[Int($0) - 0x80] == 0xFFFF }) {
                    throw encodingProblem(normal)
                }
                bytes = transcode(bytes) { UInt32(table[Int($0) - 0x80]) }
            }
        }
        if let bad = firstInvalidUTF8(bytes) {
            let line = bytes[..<bad].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            var e = SyntaxError.at(path: path, bytes: bytes, offset: bad,
                "Non-UTF-8 code starting with '\\x\(hex2(bytes[bad]))' in file \(path) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details")
            e.sourceLine = nil
            e.line = 0
            throw e
        }
        let file = SourceFile(path: path, utf8: bytes)
        file.hasEncodingDeclaration = bom || declared != nil
        return file
    }

    /// 1-based line number of a byte offset.
    public func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The text of 1-based line `n`, without its newline ("" when out of range).
    public func lineText(_ n: Int) -> String {
        guard n >= 1, n <= lineStarts.count else { return "" }
        let start = lineStarts[n - 1]
        var end = n < lineStarts.count ? lineStarts[n] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

func hex2(_ b: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
}

private func normalizeNewlines(_ b: [UInt8]) -> [UInt8] {
    guard b.contains(0x0D) else { return b }
    var out = [UInt8]()
    out.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
        if b[i] == 0x0D {
            out.append(0x0A)
            if i + 1 < b.count && b[i + 1] == 0x0A { i += 1 }
        } else {
            out.append(b[i])
        }
        i += 1
    }
    return out
}

/// PEP 263: `coding[:=]\s*([-\w.]+)` in a comment on line 1 or 2 (line 2 only if line 1
/// is blank or a comment).
/// The first occurrence of `needle` in `text` (what Foundation's range(of:) gave).
private func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
    var i = text.startIndex
    while i < text.endIndex {
        if text[i...].hasPrefix(needle) { return i..<text.index(i, offsetBy: needle.count) }
        i = text.index(after: i)
    }
    return nil
}

private func codingDeclaration(_ b: [UInt8]) -> String? {
    var start = 0
    for lineNo in 0..<2 {
        var end = start
        while end < b.count && b[end] != 0x0A { end += 1 }
        let line = Array(b[start..<end])
        var i = 0
        while i < line.count && (line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0C) { i += 1 }
        if i < line.count && line[i] == UInt8(ascii: "#") {
            let text = String(decoding: line, as: UTF8.self)
            if let r = firstRange(of: "coding", in: text) {
                var rest = text[r.upperBound...]
                if let f = rest.first, f == ":" || f == "=" {
                    rest = rest.dropFirst()
                    rest = rest.drop(while: { $0 == " " || $0 == "\t" })
                    let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
                    if !name.isEmpty { return String(name) }
                }
            }
        } else if i < line.count || lineNo == 1 {
            return nil  // line 1 holds code: no declaration can follow
        }
        if end >= b.count { return nil }
        start = end + 1
    }
    return nil
}

/// Re-encodes a single-byte encoding as UTF-8; `map` gives the character of bytes >= 0x80.
private func transcode(_ b: [UInt8], _ map: (UInt8) -> UInt32) -> [UInt8] {
    var out = [UInt8]()
    out.reserveCapacity(b.count + b.count / 8)
    for c in b {
        if c < 0x80 { out.append(c); continue }
        let s = Unicode.Scalar(map(c))!
        out.append(contentsOf: Array(String(Character(s)).utf8))
    }
    return out
}

/// A codec name as Python's codec lookup sees it (lowercased, then
/// encodings.normalize_encoding): each run of characters other than letters, digits and
/// '.' is one '_', none at either end; so "UTF--8" and "utf-" find utf_8 and utf.
func normalizedEncoding(_ name: String) -> String {
    var out = String.UnicodeScalarView()
    var punct = false
    for c in name.lowercased().unicodeScalars {
        if c.properties.isAlphabetic || c.properties.numericType != nil || c == "." {
            if punct && !out.isEmpty { out.append("_") }
            if c.isASCII { out.append(c) }
            punct = false
        } else {
            punct = true
        }
    }
    return String(out)
}

/// CPython's get_normal_name: how the tokenizer names utf-8 and latin-1.
private func cpythonNormalName(_ s: String) -> String {
    let b = String(s.prefix(12).lowercased().map { $0 == "_" ? "-" : $0 })
    if b == "utf-8" || b.hasPrefix("utf-8-") { return "utf-8" }
    if b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" || b.hasPrefix("latin-1-")
        || b.hasPrefix("iso-8859-1-") || b.hasPrefix("iso-latin-1-") { return "iso-8859-1" }
    return s
}

/// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
/// Surrogates (ED A0..BF) are invalid, as in CPython's decoder.
func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
    var i = 0
    let n = b.count
    while i < n {
        let c = b[i]
        if c < 0x80 { i += 1; continue }
        var need = 0
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch c {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return i
        }
        for k in 1...need {
            guard i + k < n else { return i }
            let d = b[i + k]
            if k == 1 { if d < lo || d > hi { return i } } else if d < 0x80 || d > 0xBF { return i }
        }
        i += need + 1
    }
    return nil
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file without Foundation; nil if it cannot be opened or read.
public func readFileBytes(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    if (st.st_mode & S_IFMT) == S_IFDIR { return nil }
    var out = [UInt8]()
    out.reserveCapacity(Int(st.st_size) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { if errno == EINTR { continue }; return nil }
        if n == 0 { break }
        out.append(contentsOf: chunk[0..<n])
    }
    return out
}
