// A guest value is one 64-bit word (DESIGN.md "Values and the heap"). The low bits say
// what it is, so the collector can trace any slot holding a Word without a type map:
//
//   ....ppppp000  heap pointer (8-byte aligned, never 0)
//   ...........1  small int: the value is word >> 1 (63-bit two's complement)
//   ..........10  flonum: a double stored in the word itself (CRuby's encoding)
//   .........100  special constant: None, False, True, NotImplemented, Ellipsis
//   000000000000  no value: an unbound local, an empty cell, a missing dict entry
//
// Flonums cover doubles whose exponent lies roughly in 2^-255...2^256 (and +0.0); any
// other double (inf, nan, -0.0, tiny, huge) is a boxed float object on the heap.

public struct Word: Equatable, Hashable, Sendable {
    public var raw: UInt64

    @inlinable @inline(__always) public init(raw: UInt64) { self.raw = raw }

    @inlinable public static var null: Word { Word(raw: 0) }
    @inlinable public static var none: Word { Word(raw: 0x04) }
    @inlinable public static var `false`: Word { Word(raw: 0x0C) }
    @inlinable public static var `true`: Word { Word(raw: 0x14) }
    @inlinable public static var notImplemented: Word { Word(raw: 0x1C) }
    @inlinable public static var ellipsis: Word { Word(raw: 0x24) }

    @inlinable @inline(__always) public var isNull: Bool { raw == 0 }
    @inlinable @inline(__always) public var isPointer: Bool { raw & 7 == 0 && raw != 0 }
    @inlinable @inline(__always) public var isSmallInt: Bool { raw & 1 == 1 }
    @inlinable @inline(__always) public var isFlonum: Bool { raw & 3 == 2 }
    @inlinable @inline(__always) public var isSpecial: Bool { raw & 7 == 4 }
    @inlinable @inline(__always) public var isBool: Bool { raw == Word.true.raw || raw == Word.false.raw }

    @inlinable @inline(__always) public static func bool(_ b: Bool) -> Word { b ? .true : .false }

    // MARK: small ints

    @inlinable public static var maxSmallInt: Int { Int(Int64.max >> 1) }
    @inlinable public static var minSmallInt: Int { Int(Int64.min >> 1) }

    @inlinable @inline(__always) public static func fitsSmallInt(_ v: Int) -> Bool {
        v >= minSmallInt && v <= maxSmallInt
    }

    /// A small int; the caller has checked `fitsSmallInt`.
    @inlinable @inline(__always) public static func smallInt(_ v: Int) -> Word {
        Word(raw: UInt64(bitPattern: Int64(v) &<< 1) | 1)
    }

    @inlinable @inline(__always) public var smallIntValue: Int { Int(Int64(bitPattern: raw) >> 1) }

    // MARK: flonums

    /// The word for `d` if it is representable as a flonum.
    @inlinable @inline(__always) public static func flonum(_ d: Double) -> Word? {
        let bits = d.bitPattern
        let top = Int((bits >> 60) & 7)
        if bits != 0x3000_0000_0000_0000 && (top - 3) & ~1 == 0 {
            let rotated = (bits << 3) | (bits >> 61)
            return Word(raw: (rotated & ~1) | 2)
        }
        if bits == 0 { return Word(raw: 0x8000_0000_0000_0002) }
        return nil
    }

    @inlinable @inline(__always) public var flonumValue: Double {
        if raw == 0x8000_0000_0000_0002 { return 0.0 }
        let b63 = raw >> 63
        let v = (2 &- b63) | (raw & ~3)
        return Double(bitPattern: (v >> 3) | (v << 61))
    }

    // MARK: pointers

    @inlinable @inline(__always) public init(pointer: UnsafeMutableRawPointer) {
        raw = UInt64(UInt(bitPattern: pointer))
    }

    @inlinable @inline(__always) public var pointer: UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: UInt(raw))!
    }

    @inlinable @inline(__always) public var address: UInt { UInt(raw) }
}
