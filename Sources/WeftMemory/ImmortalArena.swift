// Objects that live as long as the program: built-in types and functions, code
// constants, interned names. They are never freed or moved, so code can embed their
// addresses; they may point only to other immortal objects, so collectors neither
// trace nor copy them. One reserved region, committed as it fills; membership is a range
// check.

#if canImport(Glibc)
import Glibc
#endif

public final class ImmortalArena {
    public let base: UnsafeMutableRawPointer
    public let capacity: Int
    private var top: Int = 0

    public init(capacity: Int = 1 << 30) {
        let p = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        precondition(p != MAP_FAILED, "cannot reserve the immortal arena")
        base = p!
        self.capacity = capacity
    }

    /// Zeroed memory for an immortal object with the given header; traps only if the
    /// program's constants exceed the reserved gigabyte.
    public func allocate(layout: UInt16, bytes: Int) -> UnsafeMutableRawPointer {
        let size = (bytes + 15) & ~15
        precondition(top + size <= capacity, "immortal arena exhausted")
        let p = base + top
        top += size
        p.storeBytes(of: Header.make(layout: layout), as: UInt64.self)
        return p
    }

    @inline(__always) public func contains(_ w: Word) -> Bool {
        w.address &- UInt(bitPattern: base) < UInt(capacity)
    }

    public var bytesUsed: Int { top }
}
