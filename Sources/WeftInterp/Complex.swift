// complex: values (two raw doubles in LayoutID.complex objects), arithmetic with
// CPython 3.11's algorithms (_Py_c_quot's Smith division, c_powi for small integral
// exponents, _Py_c_pow otherwise), equality with ints and floats, hash, repr, and
// parsing complex('1+2j').

import WeftMemory
import WeftSyntax

#if canImport(Glibc)
import Glibc
#endif

typealias ComplexValue = (re: Double, im: Double)

extension Runtime {
    func newComplex(_ re: Double, _ im: Double) -> Word? {
        guard let o = allocate(LayoutID.complex, bytes: ComplexField.fixedWords * 8, cls: types.complex) else { return nil }
        o.setRaw(ComplexField.real, re.bitPattern)
        o.setRaw(ComplexField.imag, im.bitPattern)
        return o.word
    }

    func complexValue(_ w: Word) -> ComplexValue {
        let o = ObjectRef(w)
        return (Double(bitPattern: o.raw(ComplexField.real)), Double(bitPattern: o.raw(ComplexField.imag)))
    }

    /// A complex, float, int or bool as a complex value (nil: OverflowError raised).
    func toComplexValue(_ w: Word) -> ComplexValue? {
        if isComplex(w) { return complexValue(w) }
        guard let d = numberToDouble(w) else { return nil }
        return (d, 0)
    }

    /// x op y where one operand is complex and the other a number; nil for operations
    /// complex does not define.
    func complexBinary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        switch kind {
        case .add, .sub, .mul, .truediv, .pow: break
        default: return nil
        }
        guard let a = toComplexValue(x), let b = toComplexValue(y) else { return .null }
        switch kind {
        case .add: return newComplex(a.re + b.re, a.im + b.im) ?? .null
        case .sub: return newComplex(a.re - b.re, a.im - b.im) ?? .null
        case .mul: let p = complexProduct(a, b); return newComplex(p.re, p.im) ?? .null
        case .truediv:
            guard let q = complexQuotient(a, b) else { return raise(types.zeroDivisionError, "complex division by zero") }
            return newComplex(q.re, q.im) ?? .null
        default:
            return complexPower(a, b)
        }
    }

    /// complex_pow.
    func complexPower(_ a: ComplexValue, _ b: ComplexValue) -> Word {
        var p: ComplexValue
        var domainError = false
        if b.im == 0 && b.re == b.re.rounded(.down) && Swift.abs(b.re) <= 100 {
            let n = Int(b.re)
            if n > 0 {
                p = complexPowU(a, n)
            } else if let q = complexQuotient((1, 0), complexPowU(a, -n)) {
                p = q
            } else {
                p = (0, 0)
                domainError = true
            }
        } else if b.re == 0 && b.im == 0 {
            p = (1, 0)
        } else if a.re == 0 && a.im == 0 {
            if b.im != 0 || b.re < 0 { domainError = true }
            p = (0, 0)
        } else {
            let vabs = hypot(a.re, a.im)
            var len = Glibc.pow(vabs, b.re)
            let at = atan2(a.im, a.re)
            var phase = at * b.re
            if b.im != 0 {
                len /= exp(at * b.im)
                phase += b.im * log(vabs)
            }
            p = (len * cos(phase), len * sin(phase))
        }
        if domainError { return raise(types.zeroDivisionError, "0.0 to a negative or complex power") }
        if p.re.isInfinite || p.im.isInfinite { return raise(types.overflowError, "complex exponentiation") }
        return newComplex(p.re, p.im) ?? .null
    }

    /// x == y where one side is complex; nil when the other is not a number.
    func complexEquals(_ x: Word, _ y: Word) -> Bool? {
        let (c, other) = isComplex(x) ? (complexValue(x), y) : (complexValue(y), x)
        if isComplex(other) {
            let d = complexValue(other)
            return c.re == d.re && c.im == d.im
        }
        if isFloat(other) { return c.re == floatValue(other) && c.im == 0 }
        if isIntLike(other) {
            if c.im != 0 { return false }
            return compareIntDouble(other, c.re) == 0
        }
        return nil
    }

    /// CPython's complex_hash.
    func hashComplex(_ w: Word) -> Int {
        let c = complexValue(w)
        let hr = UInt(bitPattern: hashDouble(c.re)), hi = UInt(bitPattern: hashDouble(c.im))
        var combined = hr &+ 1000003 &* hi
        if combined == UInt.max { combined = UInt.max - 1 }
        return Int(bitPattern: combined)
    }

    /// repr(complex): '1j', '(1+2j)', '(-0-0j)', '(nan+infj)'.
    func complexRepr(_ w: Word) -> String {
        let c = complexValue(w)
        if c.re == 0 && c.re.sign == .plus { return shortRepr(c.im, sign: false) + "j" }
        return "(" + shortRepr(c.re, sign: false) + shortRepr(c.im, sign: true) + "j)"
    }

    /// The 'r' format of PyOS_double_to_string without ".0": NaNs lose their sign.
    func shortRepr(_ d: Double, sign: Bool) -> String {
        if d.isNaN { return sign ? "+nan" : "nan" }
        let s = pyRepr(d, addDotZero: false)
        return sign && d.sign == .plus ? "+" + s : s
    }

    /// abs(z): hypot, OverflowError when a finite value overflows.
    func complexAbs(_ w: Word) -> Word {
        let c = complexValue(w)
        let r = hypot(c.re, c.im)
        if r.isInfinite && c.re.isFinite && c.im.isFinite { return raise(types.overflowError, "absolute value too large") }
        return newFloat(r) ?? .null
    }

    /// complex(str): CPython's complex_from_string_inner after the ASCII
    /// transformation and the removal of underscores.
    func parseComplex(_ x: Word) -> Word {
        guard let ascii = asciiNumberText(x) else {
            return raise(types.valueError, "complex() arg is a malformed string")
        }
        guard let text = removingUnderscores(ascii) else {
            return raise(types.valueError, "could not convert string to complex: \(reprString(x) ?? "")")
        }
        let s = text
        var i = 0
        let n = s.count
        func skipSpace() { while i < n && isASCIISpace(s[i]) { i += 1 } }
        func isJ(_ k: Int) -> Bool { k < n && (s[k] == UInt8(ascii: "j") || s[k] == UInt8(ascii: "J")) }
        skipSpace()
        var bracket = false
        if i < n && s[i] == UInt8(ascii: "(") { bracket = true; i += 1; skipSpace() }
        var re = 0.0, im = 0.0
        var ok = true
        if let (z, end) = parseDoublePrefix(s, from: i) {
            i = end
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
                re = z
                if let (y, end2) = parseDoublePrefix(s, from: i) {
                    im = y
                    i = end2
                } else {
                    im = s[i] == UInt8(ascii: "+") ? 1 : -1
                    i += 1
                }
                if isJ(i) { i += 1 } else { ok = false }
            } else if isJ(i) {
                i += 1
                im = z
            } else {
                re = z
            }
        } else {
            if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
                im = s[i] == UInt8(ascii: "+") ? 1 : -1
                i += 1
            } else {
                im = 1
            }
            if isJ(i) { i += 1 } else { ok = false }
        }
        if ok {
            skipSpace()
            if bracket {
                if i < n && s[i] == UInt8(ascii: ")") { i += 1; skipSpace() } else { ok = false }
            }
            if i != n { ok = false }
        }
        guard ok else { return raise(types.valueError, "complex() arg is a malformed string") }
        return newComplex(re, im) ?? .null
    }
}

func complexProduct(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue {
    (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// _Py_c_quot; nil when dividing by zero.
func complexQuotient(_ a: ComplexValue, _ b: ComplexValue) -> ComplexValue? {
    let absRe = Swift.abs(b.re), absIm = Swift.abs(b.im)
    if absRe >= absIm {
        if absRe == 0 { return nil }
        let ratio = b.im / b.re
        let denom = b.re + b.im * ratio
        return ((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    }
    if absIm >= absRe {
        let ratio = b.re / b.im
        let denom = b.re * ratio + b.im
        return ((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    }
    return (.nan, .nan)
}

/// c_powu: x ** n for n >= 1 by repeated squaring.
func complexPowU(_ x: ComplexValue, _ n: Int) -> ComplexValue {
    var r: ComplexValue = (1, 0)
    var p = x
    var mask = 1
    while mask > 0 && n >= mask {
        if n & mask != 0 { r = complexProduct(r, p) }
        mask <<= 1
        p = complexProduct(p, p)
    }
    return r
}
