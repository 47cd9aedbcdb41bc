// int and float values: small ints and flonums live in the Word; larger ints are boxed
// arbitrary-precision ints (limbs in Weft's heap, arithmetic by attaswift/BigInt);
// doubles a flonum cannot hold are boxed floats.

import BigInt
import WeftMemory

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
    func intValue(_ w: Word) -> Int? {
        if w.isSmallInt { return w.smallIntValue }
        if w.isBool { return w == .true ? 1 : 0 }
        if w.isPointer && ObjectRef(w).layout == LayoutID.bigint { return Int(exactly: bigValue(w)) }
        return nil
    }

    @inline(__always) func isIntLike(_ w: Word) -> Bool {
        w.isSmallInt || w.isBool || (w.isPointer && ObjectRef(w).layout == LayoutID.bigint)
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
        w.isFlonum || (w.isPointer && ObjectRef(w).layout == LayoutID.float)
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
        if isIntLike(w) { return Double(bigValue(w)) }
        return nil
    }
}
