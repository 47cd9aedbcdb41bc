// Arithmetic the interpreter loop does itself (CPython 3.11's BINARY_OP_ADD_INT and
// friends): small ints and flonums (floats in the word, Word.swift), and int/float mixes
// where the int converts exactly. Each returns nil when the general path must answer:
// another type, an overflow past the small-int range, a division by zero (the general
// path raises), a float that does not fit a flonum (it is boxed there).

import WeftMemory
#if canImport(Glibc)
import Glibc
#endif

enum FastArithmetic {
    /// Ints up to 2^53 convert to a Double exactly, as CPython's int/float mixes do.
    static let exactDouble = 1 << 53

    /// x as a Double when it is a flonum, or a small int that converts exactly.
    @inline(__always) static func double(_ x: Word) -> Double? {
        if x.isFlonum { return x.flonumValue }
        if x.isSmallInt {
            let v = x.smallIntValue
            if v >= -exactDouble && v <= exactDouble { return Double(v) }
        }
        return nil
    }

    @inline(__always) static func binary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        if x.isSmallInt && y.isSmallInt { return int(kind, x.smallIntValue, y.smallIntValue) }
        guard x.isFlonum || y.isFlonum, let a = double(x), let b = double(y) else { return nil }
        switch kind {
        case .add: return Word.flonum(a + b)
        case .sub: return Word.flonum(a - b)
        case .mul: return Word.flonum(a * b)
        case .truediv: return b == 0 ? nil : Word.flonum(a / b)
        case .pow:
            // A positive base: libm's pow, as float_pow (which has special cases only
            // for zero, negative and non-finite operands, and raises on overflow).
            return a > 0 && a.isFinite && b.isFinite ? Word.flonum(Glibc.pow(a, b)) : nil
        default: return nil
        }
    }

    @inline(__always) static func int(_ kind: BinaryKind, _ a: Int, _ b: Int) -> Word? {
        // Small ints have 63 bits: sums, differences, quotients fit an Int.
        let r: Int
        switch kind {
        case .add: r = a &+ b
        case .sub: r = a &- b
        case .mul:
            let (p, o) = a.multipliedReportingOverflow(by: b)
            if o { return nil }
            r = p
        case .floordiv:
            if b == 0 { return nil }
            let q = a / b
            r = (a % b != 0 && (a < 0) != (b < 0)) ? q &- 1 : q
        case .mod:
            if b == 0 { return nil }
            let m = a % b
            r = (m != 0 && (m < 0) != (b < 0)) ? m &+ b : m
        case .truediv:
            // Correctly rounded when both convert exactly (CPython's fast case too).
            guard b != 0, a >= -exactDouble && a <= exactDouble, b >= -exactDouble && b <= exactDouble else { return nil }
            return Word.flonum(Double(a) / Double(b))
        case .and: r = a & b
        case .or: r = a | b
        case .xor: r = a ^ b
        case .lshift:
            guard b >= 0 && b < 63 else { return b >= 0 && a == 0 ? .smallInt(0) : nil }
            r = a << b
            if r >> b != a { return nil }
        case .rshift:
            guard b >= 0 else { return nil }
            r = a >> min(b, 63)
        case .matmul, .pow:
            return nil
        }
        return Word.fitsSmallInt(r) ? .smallInt(r) : nil
    }

    /// x < y and the like for two flonums, or a flonum and an exactly converting int.
    @inline(__always) static func compare(_ kind: CompareKind, _ x: Word, _ y: Word) -> Word? {
        guard x.isFlonum || y.isFlonum, let a = double(x), let b = double(y) else { return nil }
        switch kind {
        case .lt: return .bool(a < b)
        case .le: return .bool(a <= b)
        case .eq: return .bool(a == b)
        case .ne: return .bool(a != b)
        case .gt: return .bool(a > b)
        case .ge: return .bool(a >= b)
        }
    }
}
