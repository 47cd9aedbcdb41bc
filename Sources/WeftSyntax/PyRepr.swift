// repr() of str, bytes and float exactly as CPython 3.11 writes them. Shared by the
// AST dumper and, later, by the runtime's built-in types.

/// repr(str): quotes chosen as CPython does, escapes for non-printable characters.
public func pyRepr(codePoints cps: [UInt32]) -> String {
    var hasSingle = false, hasDouble = false
    for c in cps {
        if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
    }
    let quote: UInt32 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out = String.UnicodeScalarView()
    out.reserveCapacity(cps.count + 2)
    out.append(Unicode.Scalar(quote)!)
    for c in cps {
        switch c {
        case quote, 0x5C:
            out.append("\\"); out.append(Unicode.Scalar(c)!)
        case 0x09: out.append("\\"); out.append("t")
        case 0x0A: out.append("\\"); out.append("n")
        case 0x0D: out.append("\\"); out.append("r")
        case 0..<0x20, 0x7F: appendHex(&out, "x", c, 2)
        case 0x20..<0x7F: out.append(Unicode.Scalar(c)!)
        default:
            if let s = Unicode.Scalar(c), isPrintable(s) {
                out.append(s)
            } else if c <= 0xFF {
                appendHex(&out, "x", c, 2)
            } else if c <= 0xFFFF {
                appendHex(&out, "u", c, 4)
            } else {
                appendHex(&out, "U", c, 8)
            }
        }
    }
    out.append(Unicode.Scalar(quote)!)
    return String(out)
}

public func pyRepr(_ s: PyString) -> String {
    switch s {
    case .text(let t):
        // Fast path: printable ASCII without quotes or backslashes.
        if t.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x27 && $0 != 0x5C }) { return "'" + t + "'" }
        return pyRepr(codePoints: t.unicodeScalars.map { $0.value })
    case .scalars(let u):
        return pyRepr(codePoints: u)
    }
}

private func appendHex(_ out: inout String.UnicodeScalarView, _ letter: Unicode.Scalar, _ v: UInt32, _ width: Int) {
    out.append("\\")
    out.append(letter)
    let digits = Array("0123456789abcdef".unicodeScalars)
    for k in stride(from: width - 1, through: 0, by: -1) {
        out.append(digits[Int((v >> (UInt32(k) * 4)) & 15)])
    }
}

/// repr(bytes).
public func pyRepr(bytes: [UInt8]) -> String {
    let hasSingle = bytes.contains(0x27), hasDouble = bytes.contains(0x22)
    let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
    var out: [UInt8] = [0x62, quote]
    let digits = Array("0123456789abcdef".utf8)
    for c in bytes {
        switch c {
        case quote, 0x5C: out.append(0x5C); out.append(c)
        case 0x09: out.append(0x5C); out.append(0x74)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x20..<0x7F: out.append(c)
        default:
            out.append(0x5C); out.append(0x78)
            out.append(digits[Int(c >> 4)]); out.append(digits[Int(c & 15)])
        }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
}

/// The shortest round-trip digits of a finite, non-zero double and the position of the
/// decimal point: value = 0.d1d2...dn × 10^decpt.
public func shortestDigits(_ x: Double) -> (digits: [UInt8], decpt: Int) {
    let s = Array(abs(x).description.utf8)  // Swift prints the shortest round-trip form
    var mantissa = s[...]
    var exp = 0
    if let e = s.firstIndex(where: { $0 == 0x65 || $0 == 0x45 }) {
        mantissa = s[..<e]
        exp = Int(String(decoding: s[(e + 1)...], as: UTF8.self)) ?? 0
    }
    var digits: [UInt8] = []
    var intLen = 0
    var sawDot = false
    for c in mantissa {
        if c == 0x2E { sawDot = true; continue }
        digits.append(c)
        if !sawDot { intLen += 1 }
    }
    var decpt = intLen + exp
    var lead = 0
    while lead < digits.count - 1 && digits[lead] == 0x30 { lead += 1; decpt -= 1 }
    digits.removeFirst(lead)
    while digits.count > 1 && digits.last == 0x30 { digits.removeLast() }
    return (digits, decpt)
}

/// repr(float) (addDotZero) or the format_float_short 'r' form used inside repr(complex).
public func pyRepr(_ x: Double, addDotZero: Bool = true) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return (x.sign == .minus ? "-0" : "0") + (addDotZero ? ".0" : "") }
    let (d, decpt) = shortestDigits(x)
    var out: [UInt8] = x < 0 ? [0x2D] : []
    let n = d.count
    if decpt <= -4 || decpt > 16 {
        out.append(d[0])
        if n > 1 { out.append(0x2E); out.append(contentsOf: d[1...]) }
        let e = decpt - 1
        out.append(0x65)
        out.append(e < 0 ? 0x2D : 0x2B)
        let ae = abs(e)
        if ae < 10 { out.append(0x30) }
        out.append(contentsOf: String(ae).utf8)
    } else if decpt <= 0 {
        out.append(contentsOf: [0x30, 0x2E])
        out.append(contentsOf: repeatElement(0x30, count: -decpt))
        out.append(contentsOf: d)
    } else if decpt < n {
        out.append(contentsOf: d[..<decpt])
        out.append(0x2E)
        out.append(contentsOf: d[decpt...])
    } else {
        out.append(contentsOf: d)
        out.append(contentsOf: repeatElement(0x30, count: decpt - n))
        if addDotZero { out.append(contentsOf: [0x2E, 0x30]) }
    }
    return String(decoding: out, as: UTF8.self)
}

/// repr(complex(0, imag)) for an imaginary literal.
public func pyReprImaginary(_ imag: Double) -> String {
    pyRepr(imag, addDotZero: false) + "j"
}
