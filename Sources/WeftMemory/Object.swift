// Raw access to heap objects. The header word holds, from the low bits up: the layout
// id (16 bits), the collector's flags (8 bits), 8 bits the runtime may use per layout,
// and the object's identity number (32 bits, 0 until id() or hash() first asks), which
// moves with the object, so `id()` is stable under a moving collector.

public enum Header {
    @inlinable public static var layoutMask: UInt64 { 0xFFFF }
    @inlinable public static var mark: UInt64 { 1 << 16 }
    /// The object has a finalizer (`__del__`) that has not run yet.
    @inlinable public static var finalizable: UInt64 { 1 << 17 }
    /// Moved by a copying collector: word 1 holds the new address.
    @inlinable public static var forwarded: UInt64 { 1 << 18 }
    @inlinable public static var gcFlags: UInt64 { 0xFF << 16 }
    @inlinable public static var userShift: UInt64 { 24 }
    @inlinable public static var idShift: UInt64 { 32 }

    @inlinable @inline(__always) public static func make(layout: UInt16) -> UInt64 { UInt64(layout) }
}

/// A heap object seen through its address.
public struct ObjectRef: Equatable {
    public let base: UnsafeMutableRawPointer

    @inlinable @inline(__always) public init(_ base: UnsafeMutableRawPointer) { self.base = base }
    @inlinable @inline(__always) public init(_ w: Word) { base = w.pointer }

    @inlinable @inline(__always) public var word: Word { Word(pointer: base) }

    @inlinable @inline(__always) public var header: UInt64 {
        get { base.load(as: UInt64.self) }
        nonmutating set { base.storeBytes(of: newValue, as: UInt64.self) }
    }

    @inlinable @inline(__always) public var layout: UInt16 { UInt16(truncatingIfNeeded: header & Header.layoutMask) }

    @inlinable @inline(__always) public subscript(i: Int) -> Word {
        get { base.load(fromByteOffset: i &* 8, as: Word.self) }
        nonmutating set { base.storeBytes(of: newValue, toByteOffset: i &* 8, as: Word.self) }
    }

    @inlinable @inline(__always) public func raw(_ i: Int) -> UInt64 { base.load(fromByteOffset: i &* 8, as: UInt64.self) }
    @inlinable @inline(__always) public func setRaw(_ i: Int, _ v: UInt64) { base.storeBytes(of: v, toByteOffset: i &* 8, as: UInt64.self) }

    /// The per-layout byte of the header.
    @inlinable @inline(__always) public var userBits: UInt8 {
        get { UInt8(truncatingIfNeeded: header >> Header.userShift) }
        nonmutating set { header = (header & ~(0xFF << Header.userShift)) | (UInt64(newValue) << Header.userShift) }
    }

    @inlinable @inline(__always) public var identity: UInt32 {
        get { UInt32(truncatingIfNeeded: header >> Header.idShift) }
        nonmutating set { header = (header & 0xFFFF_FFFF) | (UInt64(newValue) << Header.idShift) }
    }

    /// Size in bytes according to the layout table.
    @inlinable @inline(__always) public func size(_ layouts: LayoutTable) -> Int {
        let l = layouts.pointer(layout)
        let fixed = (l.pointee.fixedWords &+ l.pointee.trailingWords) &* 8
        let countWord = l.pointee.countWord
        return countWord >= 0 ? fixed &+ (Int(raw(countWord)) &* l.pointee.itemBytes &+ 7) & ~7 : fixed
    }

    /// Calls `body` with the address of every traced word of the object.
    @inlinable @inline(__always) public func forEachTracedSlot(_ layouts: LayoutTable, _ body: (UnsafeMutablePointer<Word>) -> Void) {
        let l = layouts.pointer(layout)
        let words = base.assumingMemoryBound(to: Word.self)
        var k = l.pointee.tracedFrom
        let end = k + l.pointee.tracedCount
        while k < end { body(words + k); k += 1 }
        if l.pointee.itemsTraced {
            let n = Int(raw(l.pointee.countWord))
            let items = words + l.pointee.fixedWords
            var i = 0
            while i < n { body(items + i); i += 1 }
        }
        if l.pointee.trailingWords > 0 {
            let end = size(layouts) >> 3
            var t = end - l.pointee.trailingWords
            while t < end { body(words + t); t += 1 }
        }
    }
}
