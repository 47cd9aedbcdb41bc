// int(str, base), float(str) and the number syntax complex(str) shares, as CPython 3.11
// parses them: first _PyUnicode_TransformDecimalAndSpaceToASCII (Unicode decimal
// digits become ASCII digits, Unicode spaces become ' ', anything else non-ASCII
// becomes '?'), then PyLong_FromString, or the underscore check and _Py_dg_strtod's
// grammar. The digit limit of CPython 3.11 (sys.set_int_max_str_digits) applies to
// decimal conversions in both directions.

import BigInt
import WeftMemory

/// Py_UNICODE_ISSPACE.
func isUnicodeSpace(_ c: UInt32) -> Bool {
    switch c {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

@inline(__always) func isASCIISpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
@inline(__always) func isASCIIDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

/// The value of a digit in bases up to 36 (37 for anything else).
@inline(__always) func digitValue(_ c: UInt8) -> Int {
    switch c {
    case 0x30...0x39: return Int(c) - 0x30
    case 0x41...0x5A: return Int(c) - 0x41 + 10
    case 0x61...0x7A: return Int(c) - 0x61 + 10
    default: return 37
    }
}

/// Removes underscores that sit between digits; nil if any other underscore is present
/// (_Py_string_to_number_with_underscores).
func removingUnderscores(_ s: [UInt8]) -> [UInt8]? {
    guard s.contains(0x5F) else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.count)
    var prev: UInt8 = 0
    for c in s {
        if c == 0x5F {
            if !isASCIIDigit(prev) { return nil }
        } else {
            out.append(c)
            if prev == 0x5F && !isASCIIDigit(c) { return nil }
        }
        prev = c
    }
    if prev == 0x5F { return nil }
    return out
}

/// The longest prefix of s[from...] that _Py_dg_strtod (or _Py_parse_inf_or_nan)
/// accepts: its value and where it ends; nil if none.
func parseDoublePrefix(_ s: [UInt8], from start: Int) -> (Double, Int)? {
    let n = s.count
    var j = start
    var negative = false
    if j < n && (s[j] == 0x2B || s[j] == 0x2D) { negative = s[j] == 0x2D; j += 1 }
    let intStart = j
    while j < n && isASCIIDigit(s[j]) { j += 1 }
    let intDigits = s[intStart..<j]
    var fracDigits = s[j..<j]
    if j < n && s[j] == 0x2E {
        let f = j + 1
        var k = f
        while k < n && isASCIIDigit(s[k]) { k += 1 }
        if !intDigits.isEmpty || k > f {
            fracDigits = s[f..<k]
            j = k
        }
    }
    if intDigits.isEmpty && fracDigits.isEmpty {
        // inf, infinity, nan (any case), after an optional sign.
        func matches(_ word: String, at p: Int) -> Bool {
            let w = Array(word.utf8)
            guard p + w.count <= n else { return false }
            for k in 0..<w.count where s[p + k] | 0x20 != w[k] { return false }
            return true
        }
        if matches("inf", at: j) {
            var e = j + 3
            if matches("inity", at: e) { e += 5 }
            return (negative ? -.infinity : .infinity, e)
        }
        if matches("nan", at: j) {
            return (negative ? -Double.nan : .nan, j + 3)
        }
        return nil
    }
    var expText = ""
    if j < n && (s[j] == 0x65 || s[j] == 0x45) {
        var k = j + 1
        var sign = ""
        if k < n && (s[k] == 0x2B || s[k] == 0x2D) { sign = s[k] == 0x2D ? "-" : ""; k += 1 }
        let e0 = k
        while k < n && isASCIIDigit(s[k]) { k += 1 }
        if k > e0 {
            expText = "e" + sign + String(decoding: s[e0..<k], as: UTF8.self)
            j = k
        }
    }
    let text = (negative ? "-" : "") + (intDigits.isEmpty ? "0" : String(decoding: intDigits, as: UTF8.self))
        + "." + (fracDigits.isEmpty ? "0" : String(decoding: fracDigits, as: UTF8.self)) + expText
    guard let d = Double(text) else { return nil }
    return (d, j)
}

/// The maximum number of decimal digits of int <-> str conversions (0: no limit); kept
/// in the _weft module so that it belongs to this runtime.
let intMaxStrDigitsDefault = 4300

extension Runtime {
    var intMaxStrDigits: Int {
        let v = dictGetStr(weftModuleDict, intern("int_max_str_digits"))
        return v.isSmallInt ? v.smallIntValue : intMaxStrDigitsDefault
    }

    /// str(int) with the digit limit: nil when over the limit, after raising ValueError
    /// if `raising` (repr() natively gives nil, and then int.__repr__ raises).
    func intDecimalString(_ w: Word, raising: Bool = true) -> String? {
        if let v = intValue(w) { return String(v) }
        let b = bigValue(w)
        let limit = intMaxStrDigits
        // 3.33 bits per digit: only numbers this large can exceed the limit.
        if limit > 0 && b.magnitude.bitWidth > limit * 3 {
            let s = b.magnitude.description
            if s.count > limit {
                if !raising { return nil }
                raise(types.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
                return nil
            }
            return b.sign == .minus ? "-" + s : s
        }
        return b.description
    }

    /// The text of a str (transformed to ASCII) or bytes for number parsing.
    func asciiNumberText(_ x: Word) -> [UInt8]? {
        if isBytesLike(x) { return bytesOf(x) }
        guard kindOf(x) == .str else { return nil }
        let v = StrView(x)
        var out = [UInt8]()
        out.reserveCapacity(v.count)
        for k in 0..<v.count {
            let c = v[k]
            if c < 0x80 {
                out.append(UInt8(c))
            } else if isUnicodeSpace(c) {
                out.append(0x20)
            } else if let u = Unicode.Scalar(c), u.properties.numericType == .decimal, let d = u.properties.numericValue {
                out.append(0x30 + UInt8(Int(d)))
            } else {
                out.append(0x3F)
            }
        }
        return out
    }

    /// int(x, base) for a str or bytes x: PyLong_FromString's rules and messages.
    func parseInt(_ x: Word, base: Int) -> Word {
        guard let s = asciiNumberText(x) else { return .null }
        let n = s.count
        var i = 0
        func fail() -> Word {
            var r = reprString(x) ?? ""
            if r.unicodeScalars.count > 200 { r = String(String.UnicodeScalarView(r.unicodeScalars.prefix(200))) }
            return raise(types.valueError, "invalid literal for int() with base \(base): \(r)")
        }
        while i < n && isASCIISpace(s[i]) { i += 1 }
        var negative = false
        if i < n && (s[i] == 0x2B || s[i] == 0x2D) { negative = s[i] == 0x2D; i += 1 }
        var b = base
        var errorIfNonzero = false
        func at(_ k: Int) -> UInt8 { k < n ? s[k] | 0x20 : 0 }
        if b == 0 {
            if i >= n || s[i] != 0x30 { b = 10 }
            else if at(i + 1) == 0x78 { b = 16 }
            else if at(i + 1) == 0x6F { b = 8 }
            else if at(i + 1) == 0x62 { b = 2 }
            else { errorIfNonzero = true; b = 10 }
        }
        if i < n && s[i] == 0x30 && ((b == 16 && at(i + 1) == 0x78) || (b == 8 && at(i + 1) == 0x6F) || (b == 2 && at(i + 1) == 0x62)) {
            i += 2
            if i < n && s[i] == 0x5F { i += 1 }
        }
        if i < n && s[i] == 0x5F { return fail() }
        let start = i
        var digits: [UInt8] = []
        var prev: UInt8 = 0
        while i < n && (digitValue(s[i]) < b || s[i] == 0x5F) {
            if s[i] == 0x5F {
                if prev == 0x5F { return fail() }
            } else {
                digits.append(s[i])
            }
            prev = s[i]
            i += 1
        }
        if prev == 0x5F { return fail() }
        if b & (b - 1) != 0 {
            let limit = intMaxStrDigits
            if limit > 0 && digits.count > limit {
                return raise(types.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
            }
        }
        if i == start { return fail() }
        while i < n && isASCIISpace(s[i]) { i += 1 }
        if i != n { return fail() }
        let text = String(decoding: digits, as: UTF8.self)
        if digits.count <= 18, let v = Int(text, radix: b) {
            if errorIfNonzero && v != 0 { return fail() }
            return newInt(negative ? -v : v) ?? .null
        }
        guard let v = BigInt(text, radix: b) else { return fail() }
        if errorIfNonzero && !v.isZero { return fail() }
        return newInt(negative ? -v : v) ?? .null
    }

    /// float(x) for a str or bytes x.
    func parseFloat(_ x: Word) -> Word {
        func fail() -> Word { raise(types.valueError, "could not convert string to float: \(reprString(x) ?? "")") }
        guard let ascii = asciiNumberText(x), let s = removingUnderscores(ascii) else { return fail() }
        var i = 0, end = s.count
        while i < end && isASCIISpace(s[i]) { i += 1 }
        if i == end { return fail() }
        while end > i + 1 && isASCIISpace(s[end - 1]) { end -= 1 }
        guard let (d, stop) = parseDoublePrefix(Array(s[..<end]), from: i), stop == end else { return fail() }
        return newFloat(d) ?? .null
    }
}
