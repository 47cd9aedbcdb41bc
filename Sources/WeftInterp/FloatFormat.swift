// Floats to text exactly as CPython's PyOS_double_to_string (Python/pystrtod.c): the
// digits come from a correctly rounded conversion — glibc's printf for a fixed number
// of digits (dtoa modes 2 and 3), Swift's shortest round-trip digits for repr (mode 0)
// — and format_float_short lays them out.

import WeftSyntax
#if canImport(Glibc)
import Glibc
#endif

struct FloatFormatFlags {
    var sign = false        // Py_DTSF_SIGN: '+' for non-negative values
    var addDot0 = false     // Py_DTSF_ADD_DOT_0: '1.0', not '1'
    var alt = false         // Py_DTSF_ALT: keep the point and trailing zeros
    var noNegZero = false   // Py_DTSF_NO_NEG_0: '-0.00' becomes '0.00'
}

enum FloatFormat {
    /// The text of `x` for a format code ('e', 'E', 'f', 'F', 'g', 'G', 'r') and precision.
    static func format(_ x: Double, _ code: UInt8, precision p: Int, _ flags: FloatFormatFlags) -> String {
        var code = code
        let upper = code == 0x45 || code == 0x46 || code == 0x47
        if upper { code += 0x20 }
        var precision = p
        var mode = 0
        switch code {
        case 0x65: mode = 2; precision += 1      // e
        case 0x66: mode = 3                      // f
        case 0x67: mode = 2; if precision == 0 { precision = 1 }  // g
        default: mode = 0; precision = 0         // r
        }
        if x.isNaN { return (flags.sign ? "+" : "") + (upper ? "NAN" : "nan") }
        if x.isInfinite {
            let s = x < 0 ? "-" : flags.sign ? "+" : ""
            return s + (upper ? "INF" : "inf")
        }
        var (digits, decpt) = dtoa(x, mode: mode, ndigits: precision)
        var negative = x.sign == .minus
        if flags.noNegZero && negative && (digits.isEmpty || digits == [0x30]) { negative = false }
        let n = digits.count

        var useExp = false
        var vEnd = n
        switch code {
        case 0x65: useExp = true; vEnd = precision
        case 0x66: vEnd = decpt + precision
        case 0x67:
            if decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision) { useExp = true }
            if flags.alt { vEnd = precision }
        default:
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp { exp = decpt - 1; decpt = 1 }
        let vStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && flags.addDot0 { vEnd = max(vEnd, decpt + 1) } else { vEnd = max(vEnd, decpt) }

        var out: [UInt8] = []
        out.reserveCapacity(vEnd - vStart + 8)
        if negative { out.append(0x2D) } else if flags.sign { out.append(0x2B) }
        if decpt <= 0 {
            out.append(contentsOf: repeatElement(0x30, count: decpt - vStart))
            out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: -decpt))
        } else {
            out.append(contentsOf: repeatElement(0x30, count: -vStart))
        }
        if decpt > 0 && decpt <= n {
            out.append(contentsOf: digits[..<decpt])
            out.append(0x2E)
            out.append(contentsOf: digits[decpt...])
        } else {
            out.append(contentsOf: digits)
        }
        if n < decpt {
            out.append(contentsOf: repeatElement(0x30, count: decpt - n))
            out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: vEnd - decpt))
        } else {
            out.append(contentsOf: repeatElement(0x30, count: vEnd - n))
        }
        if out.last == 0x2E && !flags.alt { out.removeLast() }
        if useExp {
            out.append(upper ? 0x45 : 0x65)
            out.append(exp < 0 ? 0x2D : 0x2B)
            let e = abs(exp)
            if e < 10 { out.append(0x30) }
            out.append(contentsOf: String(e).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// David Gay's dtoa for a finite x: digits (no trailing zeros) and the decimal point's
    /// position. Mode 0: shortest round-trip; 2: `ndigits` significant digits; 3:
    /// `ndigits` digits after the point (no digits at all, decpt = -ndigits, when the
    /// value rounds to zero there).
    static func dtoa(_ x: Double, mode: Int, ndigits: Int) -> ([UInt8], Int) {
        if x == 0 { return ([0x30], 1) }
        if mode == 0 {
            let (d, decpt) = shortestDigits(x)
            return (d, decpt)
        }
        let text = printf(mode == 2 ? "%.*e" : "%.*f", mode == 2 ? ndigits - 1 : ndigits, abs(x))
        var digits: [UInt8] = []
        var decpt = 0
        if mode == 2 {
            let e = text.firstIndex(of: 0x65)!
            for c in text[..<e] where c != 0x2E { digits.append(c) }
            decpt = Int(String(decoding: text[(e + 1)...], as: UTF8.self))! + 1
        } else {
            var intDigits = 0, sawPoint = false
            for c in text {
                if c == 0x2E { sawPoint = true; continue }
                digits.append(c)
                if !sawPoint { intDigits += 1 }
            }
            decpt = intDigits
            var lead = 0
            while lead < digits.count && digits[lead] == 0x30 { lead += 1 }
            if lead == digits.count { return ([], -ndigits) }
            digits.removeFirst(lead)
            decpt -= lead
        }
        while digits.count > 1 && digits.last == 0x30 { digits.removeLast() }
        return (digits, decpt)
    }

    /// C's snprintf with one int and one double argument.
    static func printf(_ fmt: String, _ precision: Int, _ x: Double) -> [UInt8] {
        var buf = [CChar](repeating: 0, count: 64)
        var n = withVaList([Int32(precision), x]) { vsnprintf(&buf, buf.count, fmt, $0) }
        if Int(n) >= buf.count {
            buf = [CChar](repeating: 0, count: Int(n) + 1)
            n = withVaList([Int32(precision), x]) { vsnprintf(&buf, buf.count, fmt, $0) }
        }
        return buf[..<Int(n)].map { UInt8(bitPattern: $0) }
    }
}
