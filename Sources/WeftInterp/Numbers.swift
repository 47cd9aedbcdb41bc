// int and float values: small ints and flonums live in the Word; larger ints are boxed
// arbitrary-precision ints (limbs in Weft's heap, arithmetic by attaswift/BigInt);
// doubles a flonum cannot hold are boxed floats.

import BigInt
import WeftMemory

#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    @inline(__always) func newInt(_ v: Int) -> Word? {
        Word.fitsSmallInt(v) ? .smallInt(v) : newBigInt(BigInt(v))
    }

    func newInt(_ v: BigInt) -> Word? {
        if let i = Int(exactly: v), Word.fitsSmallInt(i) { return .smallInt(i) }
        return newBigInt(v)
    }

    func newBigInt(_ v: BigInt, immortal: Bool = false) -> Word? {
        let limbs = v.magnitude.words
        let n = limbs.count
        let o: ObjectRef
        let bytes = (BigIntField.fixedWords + n) * 8
        if immortal {
            o = allocateImmortal(LayoutID.bigint, bytes: bytes, cls: types.int)
        } else {
            guard let x = allocate(LayoutID.bigint, bytes: bytes, cls: types.int) else { return nil }
            o = x
        }
        o.setRaw(BigIntField.count, UInt64(n))
        o.setRaw(BigIntField.sign, v.sign == .minus ? 1 : 0)
        for (k, limb) in limbs.enumerated() { o.setRaw(BigIntField.fixedWords + k, UInt64(limb)) }
        return o.word
    }

    /// The value of an int (small, boxed, or bool) as a BigInt.
    func bigValue(_ w: Word) -> BigInt {
        if w.isSmallInt { return BigInt(w.smallIntValue) }
        if w == .true { return 1 }
        if w == .false { return 0 }
        let o = ObjectRef(w)
        let n = Int(o.raw(BigIntField.count))
        var words: [UInt] = []
        words.reserveCapacity(n)
        for k in 0..<n { words.append(UInt(o.raw(BigIntField.fixedWords + k))) }
        let mag = BigUInt(words: words)
        return o.raw(BigIntField.sign) == 1 ? -BigInt(mag) : BigInt(mag)
    }

    /// An int's value if it fits a machine Int.
    @inline(__always) func intValue(_ w: Word) -> Int? {
        if w.isSmallInt { return w.smallIntValue }
        return intValueSlow(w)
    }

    @inline(never) func intValueSlow(_ w: Word) -> Int? {
        if w.isBool { return w == .true ? 1 : 0 }
        if w.isPointer && kindOf(w) == .int { return Int(exactly: bigValue(w)) }
        return nil
    }

    @inline(__always) func isIntLike(_ w: Word) -> Bool {
        w.isSmallInt || w.isBool || (w.isPointer && kindOf(w) == .int)
    }

    // MARK: floats

    @inline(__always) func newFloat(_ d: Double) -> Word? {
        if let f = Word.flonum(d) { return f }
        return newBoxedFloat(d)
    }

    func newBoxedFloat(_ d: Double, immortal: Bool = false) -> Word? {
        let o: ObjectRef
        if immortal {
            o = allocateImmortal(LayoutID.float, bytes: FloatField.fixedWords * 8, cls: types.float)
        } else {
            guard let x = allocate(LayoutID.float, bytes: FloatField.fixedWords * 8, cls: types.float) else { return nil }
            o = x
        }
        o.setRaw(FloatField.value, d.bitPattern)
        return o.word
    }

    @inline(__always) func isFloat(_ w: Word) -> Bool {
        w.isFlonum || (w.isPointer && kindOf(w) == .float)
    }

    @inline(__always) func floatValue(_ w: Word) -> Double {
        w.isFlonum ? w.flonumValue : Double(bitPattern: ObjectRef(w).raw(FloatField.value))
    }

    /// An int or float as a Double (OverflowError for huge ints); nil if not a number.
    func toDouble(_ w: Word) -> Double? {
        if w.isFlonum { return w.flonumValue }
        if w.isSmallInt { return Double(w.smallIntValue) }
        if w.isBool { return w == .true ? 1 : 0 }
        if isFloat(w) { return floatValue(w) }
        if isIntLike(w) {
            let b = bigValue(w)
            let d = roundedDouble(b.magnitude) ?? .infinity
            return b.sign == .minus ? -d : d
        }
        return nil
    }
}

// MARK: exact conversions between ints and doubles (CPython's rounding: half to even)

/// The double nearest to `m` (ties to even), or nil when it is 2**1024 or more.
func roundedDouble(_ m: BigUInt) -> Double? {
    let n = m.bitWidth
    if n <= 64 { return Double(UInt64(m)) }
    if n > 1024 { return nil }
    let shift = n - 64
    var top = UInt64(m >> shift)
    // A sticky bit below the 53 kept ones: the hardware rounding then sees no false tie.
    if m.trailingZeroBitCount < shift { top |= 1 }
    let d = scalbn(Double(top), Int32(shift))
    return d.isInfinite ? nil : d
}

/// num/den correctly rounded to a double (both positive magnitudes, den > 0), as
/// CPython's long_true_divide; nil when the quotient overflows.
func ratioToDouble(_ num: BigUInt, _ den: BigUInt) -> Double? {
    if num.isZero { return 0 }
    let nb = num.bitWidth, db = den.bitWidth
    if nb - db > 1025 { return nil }
    if nb - db < -1080 { return 0 }
    // q = floor(num / den / 2**s) has 55 or 56 bits.
    let s = nb - db - 55
    let (qb, r) = s >= 0 ? num.quotientAndRemainder(dividingBy: den << s)
                         : (num << -s).quotientAndRemainder(dividingBy: den)
    let q = UInt64(qb)
    let qbits = 64 - q.leadingZeroBitCount
    let lsb = max(s + qbits - 53, -1074)
    let d = lsb - s
    var mant: UInt64
    if d >= 64 {
        mant = 0
    } else {
        mant = q >> UInt64(d)
        let rest = q & ((1 << UInt64(d)) - 1)
        let half: UInt64 = 1 << UInt64(d - 1)
        if rest > half || (rest == half && (!r.isZero || mant & 1 == 1)) { mant += 1 }
    }
    let v = scalbn(Double(mant), Int32(lsb))
    return v.isInfinite ? nil : v
}

/// The exact integer value of an integral double.
func exactBigInt(_ d: Double) -> BigInt {
    if let i = Int(exactly: d) { return BigInt(i) }
    let e = Int(d.exponent) - 52
    let m = BigInt(d.significandBitPattern | (1 << 52))
    let v = e >= 0 ? m << e : m >> -e
    return d < 0 ? -v : v
}

/// A finite double as an exact fraction numerator / 2**k (k >= 0), numerator odd unless k == 0.
func exactRatio(_ d: Double) -> (BigInt, Int) {
    if d == 0 { return (0, 0) }
    var m = d.significandBitPattern
    var e = Int(d.exponent) - 52
    if d.isSubnormal { m = d.significandBitPattern; e = -1074 } else { m |= 1 << 52 }
    let tz = m.trailingZeroBitCount
    m >>= UInt64(tz)
    e += tz
    var n = BigInt(m)
    if d < 0 { n = -n }
    if e >= 0 { return (n << e, 0) }
    return (n, -e)
}

extension Runtime {
    /// An int as a double, CPython's PyLong_AsDouble: OverflowError when too large.
    func intToDouble(_ w: Word) -> Double? {
        if w.isSmallInt { return Double(w.smallIntValue) }
        if w.isBool { return w == .true ? 1 : 0 }
        let b = bigValue(w)
        guard let d = roundedDouble(b.magnitude) else {
            raise(types.overflowError, "int too large to convert to float")
            return nil
        }
        return b.sign == .minus ? -d : d
    }

    /// An int, bool or float as a double (OverflowError for huge ints: nil, raised).
    func numberToDouble(_ w: Word) -> Double? {
        if w.isFlonum { return w.flonumValue }
        if isFloat(w) { return floatValue(w) }
        return intToDouble(w)
    }

    /// -1, 0, 1 comparing an int with a finite or infinite double; nil if d is a NaN.
    func compareIntDouble(_ i: Word, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        if let v = intValue(i), v.magnitude <= (1 << 53) {
            let a = Double(v)
            return a < d ? -1 : a > d ? 1 : 0
        }
        let f = d.rounded(.down)
        let a = bigValue(i), fb = exactBigInt(f)
        if a < fb { return -1 }
        if a > fb { return 1 }
        return d == f ? 0 : -1
    }

    func isComplex(_ w: Word) -> Bool { w.isPointer && kindOf(w) == .complex }
}

// MARK: the operations on built-in numbers (subclass instances included)

extension Runtime {
    /// x op y for two numbers (int, bool, float, complex, or instances of their
    /// subclasses); nil when the operation is not defined on them.
    func numberBinary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        let kx = kindOf(x), ky = kindOf(y)
        if kx == .complex || ky == .complex { return complexBinary(kind, x, y) }
        if kx == .float || ky == .float { return floatBinary(kind, x, y) }
        return intBinary(kind, x, y)
    }

    /// A comparison of two numbers; nil when not defined (ordering complex numbers).
    func numberCompare(_ kind: CompareKind, _ x: Word, _ y: Word) -> Bool? {
        let kx = kindOf(x), ky = kindOf(y)
        if kx == .complex || ky == .complex {
            guard kind == .eq || kind == .ne, let e = complexEquals(x, y) else { return nil }
            return kind == .eq ? e : !e
        }
        var c: Int
        if kx == .float && ky == .float {
            let a = floatValue(x), b = floatValue(y)
            if a.isNaN || b.isNaN { return kind == .ne }
            c = a < b ? -1 : a > b ? 1 : 0
        } else if kx == .float {
            guard let r = compareIntDouble(y, floatValue(x)) else { return kind == .ne }
            c = -r
        } else if ky == .float {
            guard let r = compareIntDouble(x, floatValue(y)) else { return kind == .ne }
            c = r
        } else if let a = intValue(x), let b = intValue(y) {
            c = a < b ? -1 : a > b ? 1 : 0
        } else {
            let a = bigValue(x), b = bigValue(y)
            c = a < b ? -1 : a > b ? 1 : 0
        }
        switch kind {
        case .lt: return c < 0
        case .le: return c <= 0
        case .eq: return c == 0
        case .ne: return c != 0
        case .gt: return c > 0
        case .ge: return c >= 0
        }
    }

    /// -x, +x, ~x of a number; nil when not defined (~ of a float or complex).
    func numberUnary(_ which: Int, _ x: Word) -> Word? {
        switch kindOf(x) {
        case .int, .bool: return intUnary(which, x)
        case .float:
            if which == 2 { return nil }
            return newFloat(which == 0 ? -floatValue(x) : floatValue(x)) ?? .null
        default:
            if which == 2 { return nil }
            let c = complexValue(x)
            return (which == 0 ? newComplex(-c.re, -c.im) : newComplex(c.re, c.im)) ?? .null
        }
    }

    /// hash() of a number, CPython's algorithm.
    func numberHash(_ w: Word) -> Int {
        if w.isSmallInt { return hashInt(w.smallIntValue) }
        if w.isFlonum { return hashDouble(w.flonumValue) }
        switch kindOf(w) {
        case .bool: return w == .true ? 1 : 0
        case .int: return hashBig(bigValue(w))
        case .float:
            let d = floatValue(w)
            return d.isNaN ? identity(w) >> 4 : hashDouble(d)
        default: return hashComplex(w)
        }
    }

    func numberTruth(_ x: Word) -> Bool {
        switch kindOf(x) {
        case .bool: return x == .true
        case .int: return x.isSmallInt ? x.smallIntValue != 0 : !bigValue(x).isZero
        case .float: return floatValue(x) != 0
        default: let c = complexValue(x); return c.re != 0 || c.im != 0
        }
    }
}

// MARK: hashing (CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1)

extension Runtime {
    static var hashModulus: Int { (1 << 61) - 1 }

    func hashInt(_ v: Int) -> Int {
        let h = Int(v.magnitude % UInt(Runtime.hashModulus))
        let r = v < 0 ? -h : h
        return r == -1 ? -2 : r
    }

    func hashBig(_ v: BigInt) -> Int {
        let m = BigInt(Runtime.hashModulus)
        var h = Int(v.magnitude % m.magnitude)
        if v.sign == .minus { h = -h }
        return h == -1 ? -2 : h
    }

    /// CPython's _Py_HashDouble.
    func hashDouble(_ d: Double) -> Int {
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d.isNaN { return 0 }
        let m = UInt64(Runtime.hashModulus)
        var e32: Int32 = 0
        var mant = frexp(d, &e32)
        var e = Int(e32)
        var sign = 1
        if mant < 0 { sign = -1; mant = -mant }
        var x: UInt64 = 0
        while mant != 0 {
            x = ((x << 28) & m) | x >> (61 - 28)
            mant *= 268435456.0
            e -= 28
            let y = UInt64(mant)
            mant -= Double(y)
            x += y
            if x >= m { x -= m }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & m) | x >> UInt64(61 - e)
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }
}
