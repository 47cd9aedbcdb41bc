// Arithmetic on floats (and ints mixed with floats) with CPython 3.11's semantics:
// floor division and modulo with the divisor's sign (float_divmod), ** with its special
// cases sorted out before libm's pow (float_pow: complex results for negative bases
// with fractional exponents, OverflowError with errno 34), and float → int.

import BigInt
import WeftMemory

#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    /// x op y where one operand is a float and the other a float, int or bool; nil for
    /// operations floats do not define.
    func floatBinary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        switch kind {
        case .matmul, .lshift, .rshift, .and, .or, .xor: return nil
        default: break
        }
        guard let a = numberToDouble(x), let b = numberToDouble(y) else { return .null }
        switch kind {
        case .add: return newFloat(a + b) ?? .null
        case .sub: return newFloat(a - b) ?? .null
        case .mul: return newFloat(a * b) ?? .null
        case .truediv:
            if b == 0 { return raise(types.zeroDivisionError, "float division by zero") }
            return newFloat(a / b) ?? .null
        case .floordiv:
            if b == 0 { return raise(types.zeroDivisionError, "float floor division by zero") }
            return newFloat(floatDivMod(a, b).0) ?? .null
        case .mod:
            if b == 0 { return raise(types.zeroDivisionError, "float modulo") }
            return newFloat(floatMod(a, b)) ?? .null
        case .pow:
            return floatPower(a, b, x, y)
        default:
            return nil
        }
    }

    /// divmod() with a float operand.
    func floatDivmodPair(_ x: Word, _ y: Word) -> Word {
        guard let a = numberToDouble(x), let b = numberToDouble(y) else { return .null }
        if b == 0 { return raise(types.zeroDivisionError, "float divmod()") }
        let (q, r) = floatDivMod(a, b)
        let m = vsp
        defer { release(to: m) }
        guard let wq = newFloat(q) else { return .null }
        keep(wq)
        guard let wr = newFloat(r) else { return .null }
        keep(wr)
        return newTuple(fromStack: m, count: 2) ?? .null
    }

    /// CPython's float_pow; `x` and `y` are the operands (for the complex fallback).
    func floatPower(_ v: Double, _ w: Double, _ x: Word, _ y: Word) -> Word {
        var iv = v
        let iw = w
        if iw == 0 { return newFloat(1) ?? .null }
        if iv.isNaN { return newFloat(iv) ?? .null }
        if iw.isNaN { return newFloat(iv == 1 ? 1 : iw) ?? .null }
        if iw.isInfinite {
            iv = Swift.abs(iv)
            if iv == 1 { return newFloat(1) ?? .null }
            if (iw > 0) == (iv > 1) { return newFloat(Swift.abs(iw)) ?? .null }
            return newFloat(0) ?? .null
        }
        let odd = isOddInteger(iw)
        if iv.isInfinite {
            if iw > 0 { return newFloat(odd ? iv : Swift.abs(iv)) ?? .null }
            return newFloat(odd ? copysign(0.0, iv) : 0.0) ?? .null
        }
        if iv == 0 {
            if iw < 0 { return raise(types.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return newFloat(odd ? iv : 0.0) ?? .null
        }
        var negate = false
        if iv < 0 {
            if iw != iw.rounded(.down) {
                return complexPower((v, 0), (w, 0))
            }
            iv = -iv
            negate = odd
        }
        if iv == 1 { return newFloat(negate ? -1 : 1) ?? .null }
        var r = Glibc.pow(iv, iw)
        if negate { r = -r }
        if r.isInfinite { return raiseErrno(types.overflowError, 34, "Numerical result out of range") }
        return newFloat(r) ?? .null
    }

    /// Raises cls(errno, message), as PyErr_SetFromErrno does. Returns null.
    @discardableResult
    func raiseErrno(_ cls: Word, _ code: Int, _ message: String) -> Word {
        let m = vsp
        defer { release(to: m) }
        let kc = keep(cls)
        keep(.smallInt(code))
        guard let s = newStr(message) else { return .null }
        keep(s)
        guard let args = newTuple(fromStack: kc + 1, count: 2) else { return .null }
        let ka = keep(args)
        guard let e = newException(kept(kc), args: kept(ka)) else { return .null }
        return setRaising(e)
    }

    /// int(d) for a float: truncation, with CPython's errors for inf and nan.
    func floatToInt(_ d: Double) -> Word {
        if d.isNaN { return raise(types.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { return raise(types.overflowError, "cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return newInt(i) ?? .null }
        return newInt(exactBigInt(t)) ?? .null
    }
}

func isOddInteger(_ d: Double) -> Bool {
    d.isFinite && Swift.abs(d).truncatingRemainder(dividingBy: 2) == 1
}

/// CPython's float % (the remainder has the divisor's sign).
func floatMod(_ a: Double, _ b: Double) -> Double {
    var m = a.truncatingRemainder(dividingBy: b)
    if m != 0 {
        if (b < 0) != (m < 0) { m += b }
    } else {
        m = copysign(0.0, b)
    }
    return m
}

/// CPython's _float_div_mod: floor quotient and modulo.
func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = vx.truncatingRemainder(dividingBy: wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) {
            mod += wx
            div -= 1
        }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}
