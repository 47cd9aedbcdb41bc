// The format-spec mini-language (format(), str.format, f-strings) for int, float and
// str, after CPython's Python/formatter_unicode.c: the spec is parsed once into a
// FormatSpec, then a number is laid out as
//     <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
// with at most one of the three paddings non-empty.

import BigInt

enum FormatError: Error {
    case value(String)
    case overflow(String)
}

struct FormatSpec {
    var fill: UInt32 = 0x20
    var align: UInt32 = 0x3E          // '<' '>' '^' '='
    var sign: UInt32 = 0              // 0, '+', '-', ' '
    var noNegZero = false             // 'z'
    var alternate = false             // '#'
    var width = -1
    var thousands: UInt32 = 0         // 0, ',' or '_'
    var groupFour = false             // '_' with b, o, x, X: every four digits
    var precision = -1
    var type: UInt32 = 0

    static func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    /// parse_internal_render_format_spec.
    static func parse(_ s: [UInt32], defaultType: UInt32, defaultAlign: UInt32, typeName: String) throws(FormatError) -> FormatSpec {
        var f = FormatSpec()
        f.align = defaultAlign
        f.type = defaultType
        var pos = 0
        let end = s.count
        var fillSpecified = false, alignSpecified = false
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            f.align = s[pos + 1]; f.fill = s[pos]
            fillSpecified = true; alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            f.align = s[pos]
            alignSpecified = true
            pos += 1
        }
        if pos < end && (s[pos] == 0x2B || s[pos] == 0x2D || s[pos] == 0x20) { f.sign = s[pos]; pos += 1 }
        if pos < end && s[pos] == 0x7A { f.noNegZero = true; pos += 1 }
        if pos < end && s[pos] == 0x23 { f.alternate = true; pos += 1 }
        if !fillSpecified && pos < end && s[pos] == 0x30 {
            f.fill = 0x30
            if !alignSpecified && defaultAlign == 0x3E { f.align = 0x3D }
            pos += 1
        }
        if let w = try integer(s, &pos) { f.width = w }
        if pos < end && s[pos] == 0x2C { f.thousands = 0x2C; pos += 1 }
        if pos < end && s[pos] == 0x5F {
            if f.thousands != 0 { throw .value("Cannot specify both ',' and '_'.") }
            f.thousands = 0x5F
            pos += 1
        }
        if pos < end && s[pos] == 0x2C && f.thousands == 0x5F { throw .value("Cannot specify both ',' and '_'.") }
        if pos < end && s[pos] == 0x2E {
            pos += 1
            guard let p = try integer(s, &pos) else { throw .value("Format specifier missing precision") }
            f.precision = p
        }
        if end - pos > 1 {
            throw .value("Invalid format specifier '\(String(codePoints: s))' for object of type '\(typeName)'")
        }
        if end - pos == 1 { f.type = s[pos] }
        if f.thousands != 0 {
            switch f.type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0:  // d e f g E G % F
                break
            case 0x62, 0x6F, 0x78, 0x58:  // b o x X
                if f.thousands == 0x5F { f.groupFour = true; break }
                throw .value(invalidThousands(f.thousands, f.type))
            default:
                throw .value(invalidThousands(f.thousands, f.type))
            }
        }
        return f
    }

    static func invalidThousands(_ sep: UInt32, _ type: UInt32) -> String {
        let s = String(UnicodeScalar(UInt8(sep)))
        if type > 32 && type < 128 { return "Cannot specify '\(s)' with '\(String(UnicodeScalar(UInt8(type))))'." }
        return "Cannot specify '\(s)' with '\\x\(String(type, radix: 16))'."
    }

    static func unknownType(_ type: UInt32, _ typeName: String) -> FormatError {
        if type > 32 && type < 128 {
            return .value("Unknown format code '\(String(UnicodeScalar(UInt8(type))))' for object of type '\(typeName)'")
        }
        return .value("Unknown format code '\\x\(String(type, radix: 16))' for object of type '\(typeName)'")
    }

    /// Decimal digits (any script, as Py_UNICODE_TODECIMAL) at pos; nil if none.
    static func integer(_ s: [UInt32], _ pos: inout Int) throws(FormatError) -> Int? {
        var acc = 0, n = 0
        while pos < s.count, let d = UnicodeChar.decimalValue(s[pos]) {
            if acc > (Int.max - d) / 10 { throw .value("Too many decimal digits in format string") }
            acc = acc * 10 + d
            pos += 1
            n += 1
        }
        return n == 0 ? nil : acc
    }

    // MARK: layout

    /// calc_padding for str: (left, right).
    func padding(_ n: Int) -> (Int, Int) {
        let total = width >= 0 && width > n ? width : n
        let left: Int
        switch align {
        case 0x3E: left = total - n
        case 0x5E: left = (total - n) / 2
        default: left = 0
        }
        return (left, total - n - left)
    }

    /// calc_number_widths + fill_number. `digits` are the integer digits (ASCII),
    /// `remainder` what follows them (decimal point excluded), `signChar` '-' or 0.
    func layoutNumber(signChar: UInt32, prefix: [UInt32], digits: [UInt32], hasDecimal: Bool, remainder: [UInt32],
                      grouping: Int, separator: UInt32, upper: Bool) -> [UInt32] {
        var signOut: UInt32 = 0
        switch sign {
        case 0x2B: signOut = signChar == 0x2D ? 0x2D : 0x2B
        case 0x20: signOut = signChar == 0x2D ? 0x2D : 0x20
        default: signOut = signChar == 0x2D ? 0x2D : 0
        }
        let nSign = signOut == 0 ? 0 : 1
        let nonDigits = nSign + prefix.count + (hasDecimal ? 1 : 0) + remainder.count
        let minWidth = fill == 0x30 && align == 0x3D ? width - nonDigits : 0
        let grouped = digits.isEmpty ? [] : FormatSpec.group(digits, minWidth: minWidth, every: grouping, separator: separator)
        let padding = width - (nonDigits + grouped.count)
        var l = 0, s = 0, r = 0
        if padding > 0 {
            switch align {
            case 0x3C: r = padding
            case 0x5E: l = padding / 2; r = padding - l
            case 0x3D: s = padding
            default: l = padding
            }
        }
        var out: [UInt32] = []
        out.reserveCapacity(l + nonDigits + grouped.count + s + r)
        out.append(contentsOf: repeatElement(fill, count: l))
        if nSign == 1 { out.append(signOut) }
        out.append(contentsOf: upper ? prefix.map(asciiUpper) : prefix)
        out.append(contentsOf: repeatElement(fill, count: s))
        out.append(contentsOf: upper ? grouped.map(asciiUpper) : grouped)
        if hasDecimal { out.append(0x2E) }
        out.append(contentsOf: remainder)
        out.append(contentsOf: repeatElement(fill, count: r))
        return out
    }

    /// _PyUnicode_InsertThousandsGrouping: groups of `every` digits (0: no grouping),
    /// zero-padded on the left to `minWidth`.
    static func group(_ digits: [UInt32], minWidth mw: Int, every: Int, separator: UInt32) -> [UInt32] {
        var minWidth = max(0, mw)
        var remaining = digits.count
        var pieces: [[UInt32]] = []
        var end = digits.count
        func take(_ len: Int) {
            let zeros = max(0, len - remaining)
            let chars = max(0, min(remaining, len))
            pieces.append(Array(repeating: 0x30, count: zeros) + digits[(end - chars)..<end])
            end -= chars
            remaining -= chars
        }
        var broke = false
        if every > 0 {
            while true {
                let len = min(every, max(max(remaining, minWidth), 1))
                take(len)
                minWidth -= len
                if remaining <= 0 && minWidth <= 0 { broke = true; break }
                minWidth -= 1
            }
        }
        if !broke { take(max(max(remaining, minWidth), 1)) }
        var out: [UInt32] = []
        for (k, p) in pieces.reversed().enumerated() {
            if k > 0 { out.append(separator) }
            out.append(contentsOf: p)
        }
        return out
    }
}

@inline(__always) func asciiUpper(_ c: UInt32) -> UInt32 { c >= 0x61 && c <= 0x7A ? c - 32 : c }

extension String {
    init(codePoints: [UInt32]) {
        var s = String.UnicodeScalarView()
        for c in codePoints { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        self = String(s)
    }
}

/// Formatting of built-in values by a spec (their __format__).
enum Formatter {
    /// str.__format__ with a non-empty spec.
    static func formatStr(_ s: [UInt32], _ spec: [UInt32], typeName: String = "str") throws(FormatError) -> [UInt32] {
        let f = try FormatSpec.parse(spec, defaultType: 0x73, defaultAlign: 0x3C, typeName: typeName)
        guard f.type == 0x73 else { throw FormatSpec.unknownType(f.type, typeName) }
        return try formatStr(s, f)
    }

    static func formatStr(_ s: [UInt32], _ f: FormatSpec) throws(FormatError) -> [UInt32] {
        if f.sign != 0 {
            throw .value(f.sign == 0x20 ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier")
        }
        if f.noNegZero { throw .value("Negative zero coercion (z) not allowed in string format specifier") }
        if f.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
        if f.align == 0x3D { throw .value("'=' alignment not allowed in string format specifier") }
        var body = s
        if f.precision >= 0 && body.count > f.precision { body = Array(body[..<f.precision]) }
        let (l, r) = f.padding(body.count)
        if l == 0 && r == 0 { return body }
        return Array(repeating: f.fill, count: l) + body + Array(repeating: f.fill, count: r)
    }

    /// int.__format__ with a non-empty spec (bool's too: `typeName` says which).
    static func formatInt(_ v: BigInt, _ spec: [UInt32], typeName: String) throws(FormatError) -> [UInt32] {
        let f = try FormatSpec.parse(spec, defaultType: 0x64, defaultAlign: 0x3E, typeName: typeName)
        switch f.type {
        case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E:  // b c d o x X n
            return try formatIntInternal(v, f)
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:  // e E f F g G %
            guard let d = Double(exactlyOrInfinite: v) else { throw .overflow("int too large to convert to float") }
            return try formatFloat(d, f)
        default:
            throw FormatSpec.unknownType(f.type, typeName)
        }
    }

    static func formatIntInternal(_ v: BigInt, _ f: FormatSpec) throws(FormatError) -> [UInt32] {
        if f.precision != -1 { throw .value("Precision not allowed in integer format specifier") }
        if f.noNegZero { throw .value("Negative zero coercion (z) not allowed in integer format specifier") }
        if f.type == 0x63 {
            if f.sign != 0 { throw .value("Sign not allowed with integer format specifier 'c'") }
            if f.alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard v >= 0 && v <= 0x10FFFF else { throw .overflow("%c arg not in range(0x110000)") }
            return f.layoutNumber(signChar: 0, prefix: [], digits: [], hasDecimal: false, remainder: [UInt32(v)],
                                  grouping: 0, separator: 0, upper: false)
        }
        var base = 10
        var prefix: [UInt32] = []
        switch f.type {
        case 0x62: base = 2; prefix = [0x30, 0x62]
        case 0x6F: base = 8; prefix = [0x30, 0x6F]
        case 0x78, 0x58: base = 16; prefix = [0x30, 0x78]
        default: break
        }
        let digits = String(v.magnitude, radix: base).unicodeScalars.map { $0.value }
        let grouping = f.thousands == 0 || f.type == 0x6E ? 0 : f.groupFour ? 4 : 3
        return f.layoutNumber(signChar: v.sign == .minus ? 0x2D : 0, prefix: f.alternate ? prefix : [], digits: digits,
                              hasDecimal: false, remainder: [], grouping: grouping, separator: f.thousands,
                              upper: f.type == 0x58)
    }

    /// float.__format__ with a non-empty spec.
    static func formatFloat(_ d: Double, _ spec: [UInt32], typeName: String = "float") throws(FormatError) -> [UInt32] {
        let f = try FormatSpec.parse(spec, defaultType: 0, defaultAlign: 0x3E, typeName: typeName)
        switch f.type {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25:
            return try formatFloat(d, f)
        default:
            throw FormatSpec.unknownType(f.type, typeName)
        }
    }

    static func formatFloat(_ d: Double, _ f: FormatSpec) throws(FormatError) -> [UInt32] {
        var val = d
        var type = f.type
        var flags = FloatFormatFlags()
        flags.alt = f.alternate
        flags.noNegZero = f.noNegZero
        var defaultPrecision = 6
        if f.precision > Int(Int32.max) { throw .value("precision too big") }
        if type == 0 { flags.addDot0 = true; type = 0x72; defaultPrecision = 0 }
        if type == 0x6E { type = 0x67 }
        var percent = false
        if type == 0x25 { type = 0x66; val *= 100; percent = true }
        var precision = f.precision
        if precision < 0 { precision = defaultPrecision } else if type == 0x72 { type = 0x67 }
        var text = Array(FloatFormat.format(val, UInt8(type), precision: precision, flags).unicodeScalars.map { $0.value })
        if percent { text.append(0x25) }
        var signChar: UInt32 = 0
        if text.first == 0x2D { signChar = 0x2D; text.removeFirst() }
        var k = 0
        while k < text.count && text[k] >= 0x30 && text[k] <= 0x39 { k += 1 }
        let digits = Array(text[..<k])
        let hasDecimal = k < text.count && text[k] == 0x2E
        let remainder = Array(text[(hasDecimal ? k + 1 : k)...])
        let grouping = f.thousands == 0 || f.type == 0x6E ? 0 : 3
        return f.layoutNumber(signChar: signChar, prefix: [], digits: digits, hasDecimal: hasDecimal, remainder: remainder,
                              grouping: grouping, separator: f.thousands, upper: false)
    }
}

extension Double {
    /// A BigInt as a double, rounded; nil when it overflows.
    init?(exactlyOrInfinite v: BigInt) {
        if let i = Int(exactly: v) { self = Double(i); return }
        let d = Double(v)
        if d.isInfinite { return nil }
        self = d
    }
}
