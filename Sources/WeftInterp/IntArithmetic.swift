// Arithmetic on ints (small, boxed and bool) with CPython 3.11's semantics: floor
// division and modulo, shifts and bitwise operations on two's complement infinite
// precision, ** with negative exponents (a float result) and with a modulus (modular
// inverses), and true division correctly rounded (long_true_divide).
//
// Functions here return the result, or null after raising; they never allocate before
// reading all their operands, so their Word arguments need no keeping.

import BigInt
import WeftMemory

extension Runtime {
    /// x op y for two ints (or bools); nil when the operation is not defined on ints.
    func intBinary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        if kind == .truediv { return intTrueDivide(x, y) }
        if kind == .pow { return intPower(x, y) }
        if kind == .matmul { return nil }
        if x.isBool && y.isBool {
            let a = x == .true, b = y == .true
            switch kind {
            case .and: return .bool(a && b)
            case .or: return .bool(a || b)
            case .xor: return .bool(a != b)
            default: break
            }
        }
        if let a = intValue(x), let b = intValue(y) {
            switch kind {
            case .add: let (r, o) = a.addingReportingOverflow(b); if !o { return newInt(r) ?? .null }
            case .sub: let (r, o) = a.subtractingReportingOverflow(b); if !o { return newInt(r) ?? .null }
            case .mul: let (r, o) = a.multipliedReportingOverflow(by: b); if !o { return newInt(r) ?? .null }
            case .floordiv:
                if b == 0 { return raise(types.zeroDivisionError, "integer division or modulo by zero") }
                if !(a == Int.min && b == -1) { return newInt(floorDivide(a, b)) ?? .null }
            case .mod:
                if b == 0 { return raise(types.zeroDivisionError, "integer modulo by zero") }
                if b == -1 { return .smallInt(0) }
                return newInt(floorModulo(a, b)) ?? .null
            case .and: return newInt(a & b) ?? .null
            case .or: return newInt(a | b) ?? .null
            case .xor: return newInt(a ^ b) ?? .null
            case .lshift:
                if b < 0 { return raise(types.valueError, "negative shift count") }
                if a == 0 { return .smallInt(0) }
                if b < 62 && a.magnitude < (1 << (62 - b)) { return newInt(a << b) ?? .null }
            case .rshift:
                if b < 0 { return raise(types.valueError, "negative shift count") }
                return newInt(b >= 64 ? (a < 0 ? -1 : 0) : a >> b) ?? .null
            default: break
            }
        }
        let a = bigValue(x), b = bigValue(y)
        switch kind {
        case .add: return newInt(a + b) ?? .null
        case .sub: return newInt(a - b) ?? .null
        case .mul: return newInt(a * b) ?? .null
        case .floordiv, .mod:
            if b.isZero {
                return raise(types.zeroDivisionError, kind == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            let (q, r) = bigDivmod(a, b)
            return newInt(kind == .mod ? r : q) ?? .null
        case .and, .or, .xor:
            return newInt(bigBitwise(kind, a, b)) ?? .null
        case .lshift:
            if b.sign == .minus { return raise(types.valueError, "negative shift count") }
            if a.isZero { return .smallInt(0) }
            guard let s = Int(exactly: b), s < (1 << 36) else {
                raiseMemoryError()
                return .null
            }
            return newInt(a << s) ?? .null
        case .rshift:
            if b.sign == .minus { return raise(types.valueError, "negative shift count") }
            guard let s = Int(exactly: b), s < Int(UInt32.max) else { return .smallInt(a.sign == .minus ? -1 : 0) }
            return newInt(floorShiftRight(a, s)) ?? .null
        default:
            return nil
        }
    }

    /// CPython's int / int: exact operands are divided exactly, then rounded once.
    func intTrueDivide(_ x: Word, _ y: Word) -> Word {
        if let a = intValue(x), let b = intValue(y), a.magnitude <= (1 << 53), b.magnitude <= (1 << 53) {
            if b == 0 { return raise(types.zeroDivisionError, "division by zero") }
            return newFloat(Double(a) / Double(b)) ?? .null
        }
        let a = bigValue(x), b = bigValue(y)
        if b.isZero { return raise(types.zeroDivisionError, "division by zero") }
        guard let d = ratioToDouble(a.magnitude, b.magnitude) else {
            return raise(types.overflowError, "integer division result too large for a float")
        }
        return newFloat((a.sign == .minus) != (b.sign == .minus) ? -d : d) ?? .null
    }

    /// x ** y for ints: an int for y >= 0, else float ** float.
    func intPower(_ x: Word, _ y: Word) -> Word {
        let b = bigValue(y)
        if b.sign == .minus {
            guard let fx = intToDouble(x), let fy = intToDouble(y) else { return .null }
            return floatPower(fx, fy, x, y)
        }
        if let a = intValue(x), let e = Int(exactly: b) {
            var result = 1, base = a, n = e, overflow = false
            while n > 0 && !overflow {
                if n & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    result = r; overflow = o
                }
                n >>= 1
                if n > 0 {
                    let (s, o) = base.multipliedReportingOverflow(by: base)
                    base = s; overflow = overflow || o
                }
            }
            if !overflow { return newInt(result) ?? .null }
        }
        let a = bigValue(x)
        if a.isZero { return .smallInt(b.isZero ? 1 : 0) }
        if a == 1 { return .smallInt(1) }
        if a == -1 { return .smallInt(b.magnitude[bitAt: 0] ? -1 : 1) }
        guard let e = Int(exactly: b), e.multipliedReportingOverflow(by: a.magnitude.bitWidth).partialValue < (1 << 36) else {
            raiseMemoryError()
            return .null
        }
        return newInt(a.power(e)) ?? .null
    }

    /// pow(x, y, m) for ints, CPython's long_pow with a modulus.
    func intPowerModulo(_ x: Word, _ y: Word, _ m: Word) -> Word {
        var mod = bigValue(m)
        if mod.isZero { return raise(types.valueError, "pow() 3rd argument cannot be 0") }
        let negativeModulus = mod.sign == .minus
        if negativeModulus { mod = -mod }
        if mod == 1 { return .smallInt(0) }
        var base = bigDivmod(bigValue(x), mod).1.magnitude
        let e = bigValue(y)
        if e.sign == .minus {
            guard let inv = base.inverse(mod.magnitude) else {
                return raise(types.valueError, "base is not invertible for the given modulus")
            }
            base = inv
        }
        var result = BigInt(base.power(e.magnitude, modulus: mod.magnitude))
        if negativeModulus && !result.isZero { result -= mod }
        return newInt(result) ?? .null
    }

    /// divmod(x, y) for ints.
    func intDivmod(_ x: Word, _ y: Word) -> Word {
        if let a = intValue(x), let b = intValue(y), !(a == Int.min && b == -1) {
            if b == 0 { return raise(types.zeroDivisionError, "integer division or modulo by zero") }
            return newIntPair(BigInt(floorDivide(a, b)), BigInt(b == -1 ? 0 : floorModulo(a, b)))
        }
        let a = bigValue(x), b = bigValue(y)
        if b.isZero { return raise(types.zeroDivisionError, "integer division or modulo by zero") }
        let (q, r) = bigDivmod(a, b)
        return newIntPair(q, r)
    }

    /// A tuple of two ints.
    func newIntPair(_ a: BigInt, _ b: BigInt) -> Word {
        let m = vsp
        defer { release(to: m) }
        guard let wa = newInt(a) else { return .null }
        keep(wa)
        guard let wb = newInt(b) else { return .null }
        keep(wb)
        return newTuple(fromStack: m, count: 2) ?? .null
    }

    /// -x, +x, ~x of an int or bool (always an int).
    func intUnary(_ which: Int, _ x: Word) -> Word {
        if let v = intValue(x) {
            switch which {
            case 0: if v != Int.min { return newInt(-v) ?? .null }
            case 1: return newInt(v) ?? .null
            default: return newInt(~v) ?? .null
            }
        }
        let b = bigValue(x)
        return newInt(which == 0 ? -b : which == 1 ? b : -(b + 1)) ?? .null
    }
}

// MARK: integer helpers

@inline(__always) func floorDivide(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q
}

@inline(__always) func floorModulo(_ a: Int, _ b: Int) -> Int {
    let r = a % b
    return r != 0 && ((r < 0) != (b < 0)) ? r + b : r
}

/// Floor division and modulo (the remainder has the divisor's sign).
func bigDivmod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) { q -= 1; r += b }
    return (q, r)
}

/// a >> s rounding toward minus infinity.
func floorShiftRight(_ a: BigInt, _ s: Int) -> BigInt {
    if a.sign == .plus { return BigInt(a.magnitude >> s) }
    return -BigInt((a.magnitude - 1) >> s) - 1
}

/// &, |, ^ on two's complement infinite-precision integers.
func bigBitwise(_ kind: BinaryKind, _ a: BigInt, _ b: BigInt) -> BigInt {
    let n = max(a.magnitude.words.count, b.magnitude.words.count) + 1
    func twos(_ v: BigInt) -> [UInt] {
        var w = Array(v.magnitude.words)
        w.append(contentsOf: repeatElement(0, count: n - w.count))
        if v.sign == .minus && !v.isZero {
            var carry = true
            for i in 0..<n {
                w[i] = ~w[i]
                if carry { (w[i], carry) = w[i].addingReportingOverflow(1) }
            }
        }
        return w
    }
    let x = twos(a), y = twos(b)
    var r = [UInt](repeating: 0, count: n)
    for i in 0..<n {
        switch kind {
        case .and: r[i] = x[i] & y[i]
        case .or: r[i] = x[i] | y[i]
        default: r[i] = x[i] ^ y[i]
        }
    }
    if r[n - 1] >> 63 == 1 {
        var carry = true
        for i in 0..<n {
            r[i] = ~r[i]
            if carry { (r[i], carry) = r[i].addingReportingOverflow(1) }
        }
        return -BigInt(BigUInt(words: r))
    }
    return BigInt(BigUInt(words: r))
}
