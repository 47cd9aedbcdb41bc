// A semispace copying collector (Cheney): allocation bumps a pointer; a collection
// copies everything reachable from the roots into the other space, breadth first,
// leaving forwarding addresses behind. Every object moves at every collection, so a
// root that is missing or stale shows up at once — which is why we run it, under
// torture, on the whole test suite. Finalizable objects that were not reached are
// copied too (resurrected once) and queued.
//
// Each space is a reserved region of maxHeap/2 bytes; a collection starts when the used
// part passes twice what survived the last one (at least minHeap), and the space just
// left is returned to the operating system, so the resident size follows the live data.

#if canImport(Glibc)
import Glibc
#endif

public final class Semispace: Collector {
    public static let name = "semispace"
    @inlinable public static var isMoving: Bool { true }

    public let options: HeapOptions
    public weak var roots: RootProvider?
    public private(set) var stats = HeapStats()
    let layouts: LayoutTable
    let immortal: ImmortalArena

    var from: UnsafeMutableRawPointer
    var to: UnsafeMutableRawPointer
    let spaceSize: Int
    var top: UnsafeMutableRawPointer
    var limit: UnsafeMutableRawPointer
    var finalizable: [UnsafeMutableRawPointer] = []
    var pending: [Word] = []
    var collecting = false
    var torture = TortureSchedule()
    /// Bytes held back until an allocation has failed (see allocateSlow).
    var reserve: Int { min(spaceSize / 32, 256 << 10) }
    var usingReserve = false

    public init(layouts: LayoutTable, immortal: ImmortalArena, options: HeapOptions) {
        self.layouts = layouts
        self.immortal = immortal
        self.options = options
        let size = max(options.maxHeap / 2, 1 << 20) & ~0xFFFF
        spaceSize = size
        func reserve() -> UnsafeMutableRawPointer {
            let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
            precondition(p != MAP_FAILED, "cannot reserve a semispace")
            return p!
        }
        from = reserve()
        to = reserve()
        top = from
        limit = from + min(spaceSize, options.minHeap)
    }

    deinit {
        munmap(from, spaceSize)
        munmap(to, spaceSize)
    }

    @inline(__always)
    public func allocate(layout: UInt16, bytes: Int, zero: Bool) -> UnsafeMutableRawPointer? {
        if options.torture && !collecting && torture.due(bytes) { collect() }
        if top + bytes <= limit {
            let p = top
            top += bytes
            return initialize(p, layout: layout, bytes: bytes, zero: zero)
        }
        return allocateSlow(layout: layout, bytes: bytes)
    }

    @inline(__always)
    func initialize(_ p: UnsafeMutableRawPointer, layout: UInt16, bytes: Int, zero: Bool = true) -> UnsafeMutableRawPointer {
        if options.verify {
            let words = p.assumingMemoryBound(to: Word.self)
            for k in 1..<(bytes >> 3) { words[k] = uninitializedPoison }
        } else if zero {
            p.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        }
        p.storeBytes(of: Header.make(layout: layout), as: UInt64.self)
        stats.bytesAllocated &+= bytes
        return p
    }

    @inline(never)
    func allocateSlow(layout: UInt16, bytes: Int) -> UnsafeMutableRawPointer? {
        if !collecting { collect() }
        if top + bytes > limit {
            // Grow the soft limit, within the space.
            let used = top - from
            let want = used + bytes
            // The last `reserve` bytes are for after a MemoryError: its handler must be
            // able to run (a bound method, a message) before anything is freed.
            let cap = min(spaceSize, options.maxHeap / 2) - (usingReserve ? 0 : reserve)
            guard want <= cap else {
                usingReserve = true
                return nil
            }
            limit = from + min(cap, max(want, (limit - from) * 2))
        }
        let p = top
        top += bytes
        return initialize(p, layout: layout, bytes: bytes)
    }

    public func writeBarrier(container: UnsafeMutableRawPointer, value: Word) {}

    public func registerFinalizer(_ object: Word) {
        ObjectRef(object).header |= Header.finalizable
        finalizable.append(object.pointer)
    }

    public func queueAllFinalizers() {
        var seen = Set<UnsafeMutableRawPointer>()
        for p in finalizationOrder(finalizable, layouts: layouts, immortal: immortal, firstVisit: { seen.insert($0).inserted }) {
            ObjectRef(p).header &= ~Header.finalizable
            pending.append(Word(pointer: p))
        }
        finalizable = []
    }

    public func takePendingFinalizers() -> [Word] {
        defer { pending = [] }
        return pending
    }

    @inline(__always) func inFromSpace(_ w: Word) -> Bool {
        w.address &- UInt(bitPattern: from) < UInt(spaceSize)
    }

    /// The new address of the object `w` points to, copying it on first sight.
    @inline(__always) func forward(_ w: Word, _ free: inout UnsafeMutableRawPointer) -> Word {
        guard w.isPointer, inFromSpace(w) else { return w }
        let o = ObjectRef(w)
        let h = o.header
        if h & Header.forwarded != 0 { return o[1] }
        let size = o.size(layouts)
        free.copyMemory(from: o.base, byteCount: size)
        let copy = Word(pointer: free)
        free += size
        o.header = h | Header.forwarded
        o[1] = copy
        stats.bytesCopied &+= size
        return copy
    }

    public func collect() {
        guard !collecting else { return }
        collecting = true
        defer { collecting = false }
        stats.collections += 1
        if options.verify { mprotect(to, spaceSize, PROT_READ | PROT_WRITE) }
        var free = to
        var scan = to
        func scanAll() {
            while scan < free {
                let o = ObjectRef(scan)
                o.forEachTracedSlot(layouts) { slot in slot.pointee = forward(slot.pointee, &free) }
                scan += o.size(layouts)
            }
        }
        roots?.forEachRoot { slot in slot.pointee = forward(slot.pointee, &free) }
        for k in pending.indices { pending[k] = forward(pending[k], &free) }
        scanAll()
        var stillFinalizable: [UnsafeMutableRawPointer] = []
        var dying: [UnsafeMutableRawPointer] = []
        for p in finalizable {
            let o = ObjectRef(p)
            if o.header & Header.forwarded != 0 { stillFinalizable.append(o[1].pointer) } else { dying.append(p) }
        }
        // Queue every unreachable finalizable object (in finalization order, found by a
        // walk of the garbage, still in from-space), then copy what they reach.
        if !dying.isEmpty {
            var seen = Set<UnsafeMutableRawPointer>()
            let ordered = finalizationOrder(dying, layouts: layouts, immortal: immortal) { p in
                inFromSpace(Word(pointer: p)) && ObjectRef(p).header & Header.forwarded == 0 && seen.insert(p).inserted
            }
            for p in ordered {
                let copy = forward(ObjectRef(p).word, &free)
                ObjectRef(copy).header &= ~Header.finalizable
                pending.append(copy)
            }
        }
        scanAll()
        finalizable = stillFinalizable
        let live = free - to
        stats.liveBytesAfterLastCollection = live
        torture.collected(live: live)
        if usingReserve && live + 2 * reserve <= min(spaceSize, options.maxHeap / 2) { usingReserve = false }
        // Drop the old space's pages. When verifying, also make them inaccessible until
        // the next collection copies into them: a stale pointer faults at its first use.
        madvise(from, spaceSize, MADV_DONTNEED)
        if options.verify { mprotect(from, spaceSize, PROT_NONE) }
        swap(&from, &to)
        top = free
        limit = from + min(min(spaceSize, options.maxHeap / 2) - reserve, max(options.minHeap, live * 2))
        if top > limit { limit = top }
        if options.verify {
            do { try verifyHeap(self, layouts: layouts, immortal: immortal) } catch {
                fatalError("heap verification failed after collection \(stats.collections): \(error)")
            }
        }
    }

    public func isValidObject(_ w: Word) -> Bool {
        guard w.isPointer, w.address &- UInt(bitPattern: from) < UInt(top - from) else { return false }
        let h = w.pointer.load(as: UInt64.self)
        return h & Header.layoutMask != 0 && h & Header.forwarded == 0 && h != freedPoison
    }
}
