// The report's mark-and-sweep collector (§4.2.5), with finalization and resurrection:
// mark from the roots with an explicit stack (no recursion); then every unmarked object
// with a finalizer is marked again together with all it reaches, queued for its
// finalizer, and forgotten as finalizable — so a finalizer runs at most once and what it
// resurrects survives; then sweep.
//
// Memory: objects up to 1 KB live in 16 KB pages of one size class (multiples of
// 16 bytes), free cells linked through their second word (their header says layout 0);
// larger objects are malloc'ed one by one. A collection is triggered when the heap
// would grow past twice what survived the last one (at least `minHeap`); allocation
// fails when it would grow past `maxHeap`.

#if canImport(Glibc)
import Glibc
#endif

public final class MarkSweep: Collector {
    public static let name = "marksweep"
    @inlinable public static var isMoving: Bool { false }

    public let options: HeapOptions
    public weak var roots: RootProvider?
    public private(set) var stats = HeapStats()
    let layouts: LayoutTable
    let immortal: ImmortalArena

    /// 16 KB: a small heap holds a page per size class in use (64 classes: up to 1 KB,
    /// so that a set's or dict's first resized table, 528 bytes, is not a malloc'ed
    /// large object, whose bookkeeping cost ~1,000 instructions). Pages are
    /// carved from 1 MB chunks mapped from the system (posix_memalign left fragments
    /// around each aligned page: a million tasklets took 19% more memory).
    static let pageShift = 14
    static let chunkPages = 64
    static let pageSize = 1 << pageShift
    static let classCount = 64
    static let maxSmall = 16 * classCount

    /// Per size class, the first free cell (nil: none).
    let freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    struct Page { var base: UnsafeMutableRawPointer; var cellSize: Int }
    var pages: [Page] = []
    /// Page number (address >> pageShift: pages are aligned to their size) to index in `pages`.
    var pageIndex: [UInt: Int] = [:]
    /// Large objects and their sizes.
    var large: [UnsafeMutableRawPointer: Int] = [:]
    /// Bytes in pages that hold objects, and in large objects.
    var heapBytes = 0
    /// Pages the last sweep found empty: any size class may take them.
    var emptyPages: [UnsafeMutableRawPointer] = []
    /// Pages given back to the system (MADV_DONTNEED), reused before new ones.
    var releasedPages: [UnsafeMutableRawPointer] = []
    /// Mapped chunks (for deinit), and the part of the last not yet made into pages.
    var chunks: [UnsafeMutableRawPointer] = []
    var chunkNext = 0, chunkEnd = 0
    var threshold: Int
    var finalizable: [UnsafeMutableRawPointer] = []
    var pending: [Word] = []
    /// Gray objects: a raw stack (a Swift array checked uniqueness at every push).
    var markStack = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: 1024)
    var markCapacity = 1024, markCount = 0
    var collecting = false
    var torture = TortureSchedule()

    public init(layouts: LayoutTable, immortal: ImmortalArena, options: HeapOptions) {
        self.layouts = layouts
        self.immortal = immortal
        self.options = options
        threshold = options.minHeap
        freeLists = .allocate(capacity: MarkSweep.classCount)
        freeLists.initialize(repeating: nil, count: MarkSweep.classCount)
    }

    deinit {
        for c in chunks { munmap(c, (MarkSweep.chunkPages + 1) * MarkSweep.pageSize) }
        for (p, _) in large { free(p) }
        freeLists.deallocate()
        markStack.deallocate()
    }

    /// A page never used, from the current chunk (a new chunk mapped when it is used up).
    func newPage() -> UnsafeMutableRawPointer? {
        if chunkNext == chunkEnd {
            // One page more than the chunk, to align the first page.
            let bytes = (MarkSweep.chunkPages + 1) * MarkSweep.pageSize
            let m = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
            guard m != MAP_FAILED, let base = m else { return nil }
            chunks.append(base)
            let a = (Int(bitPattern: base) + MarkSweep.pageSize - 1) & ~(MarkSweep.pageSize - 1)
            chunkNext = a
            chunkEnd = a + MarkSweep.chunkPages * MarkSweep.pageSize
        }
        let p = UnsafeMutableRawPointer(bitPattern: chunkNext)
        chunkNext += MarkSweep.pageSize
        return p
    }

    @inline(__always)
    public func allocate(layout: UInt16, bytes: Int, zero: Bool) -> UnsafeMutableRawPointer? {
        if options.torture && !collecting && torture.due(bytes) { collect() }
        if bytes <= MarkSweep.maxSmall {
            let cls = (bytes &- 1) >> 4
            if let cell = freeLists[cls] {
                freeLists[cls] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                return initialize(cell, layout: layout, bytes: (cls + 1) << 4, zero: zero)
            }
        }
        return allocateSlow(layout: layout, bytes: bytes)
    }

    @inline(__always)
    func initialize(_ p: UnsafeMutableRawPointer, layout: UInt16, bytes: Int, zero: Bool = true) -> UnsafeMutableRawPointer {
        if options.verify {
            let words = p.assumingMemoryBound(to: Word.self)
            for k in 1..<(bytes >> 3) { words[k] = uninitializedPoison }
            // Raw words may legitimately stay poisoned; only traced ones are checked.
        } else if zero {
            p.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        }
        p.storeBytes(of: Header.make(layout: layout), as: UInt64.self)
        stats.bytesAllocated &+= bytes
        return p
    }

    @inline(never)
    func allocateSlow(layout: UInt16, bytes: Int) -> UnsafeMutableRawPointer? {
        let small = bytes <= MarkSweep.maxSmall
        let need = small ? MarkSweep.pageSize : bytes
        // Collect before failing too: the threshold (twice the last survivors) may be
        // past maxHeap, and what died since the last collection must be reusable.
        if heapBytes + need > min(threshold, options.maxHeap) && !collecting {
            collect()
            if small, let cell = freeLists[(bytes - 1) >> 4] {
                freeLists[(bytes - 1) >> 4] = cell.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                return initialize(cell, layout: layout, bytes: ((bytes - 1) >> 4 + 1) << 4)
            }
        }
        if heapBytes + need > options.maxHeap { return nil }
        if !small {
            guard let p = malloc(bytes) else { return nil }
            large[p] = bytes
            heapBytes += bytes
            return initialize(p, layout: layout, bytes: bytes)
        }
        let cls = (bytes - 1) >> 4
        let cellSize = (cls + 1) << 4
        guard let page = emptyPages.popLast() ?? releasedPages.popLast() ?? newPage() else { return nil }
        heapBytes += MarkSweep.pageSize
        pageIndex[UInt(bitPattern: page) >> MarkSweep.pageShift] = pages.count
        pages.append(Page(base: page, cellSize: cellSize))
        // Thread every cell but the first onto the free list.
        let cells = MarkSweep.pageSize / cellSize
        var head = freeLists[cls]
        for k in stride(from: cells - 1, through: 1, by: -1) {
            let c = page + k * cellSize
            c.storeBytes(of: 0, as: UInt64.self)
            c.storeBytes(of: head, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            head = c
        }
        freeLists[cls] = head
        return initialize(page, layout: layout, bytes: cellSize)
    }

    public func writeBarrier(container: UnsafeMutableRawPointer, value: Word) {}

    public func registerFinalizer(_ object: Word) {
        let o = ObjectRef(object)
        o.header |= Header.finalizable
        finalizable.append(object.pointer)
    }

    public func queueAllFinalizers() {
        var seen = Set<UnsafeMutableRawPointer>()
        queue(finalizationOrder(finalizable, layouts: layouts, immortal: immortal) { seen.insert($0).inserted })
        finalizable = []
    }

    /// Queues objects for their finalizers, which then run once only.
    func queue(_ objects: [UnsafeMutableRawPointer]) {
        for p in objects {
            ObjectRef(p).header &= ~Header.finalizable
            pending.append(Word(pointer: p))
        }
    }

    public func takePendingFinalizers() -> [Word] {
        defer { pending = [] }
        return pending
    }

    // MARK: collection

    @inline(__always) func markWord(_ w: Word) {
        guard w.isPointer, !immortal.contains(w) else { return }
        let o = ObjectRef(w)
        let h = o.header
        if h & Header.mark == 0 {
            o.header = h | Header.mark
            if markCount == markCapacity { growMarkStack() }
            markStack[markCount] = w.pointer
            markCount &+= 1
        }
    }

    @inline(never) func growMarkStack() {
        let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: markCapacity * 2)
        bigger.moveInitialize(from: markStack, count: markCount)
        markStack.deallocate()
        markStack = bigger
        markCapacity *= 2
    }

    func drainMarkStack() {
        while markCount > 0 {
            markCount &-= 1
            let p = markStack[markCount]
            ObjectRef(p).forEachTracedSlot(layouts) { markWord($0.pointee) }
        }
    }

    public func collect() {
        guard !collecting else { return }
        collecting = true
        defer { collecting = false }
        stats.collections += 1
        roots?.forEachRoot { markWord($0.pointee) }
        for w in pending { markWord(w) }
        drainMarkStack()
        // Unreachable objects with finalizers survive this once, with all they reach:
        // first find them all, then mark from them (in finalization order).
        var stillFinalizable: [UnsafeMutableRawPointer] = []
        var dying: [UnsafeMutableRawPointer] = []
        for p in finalizable {
            if ObjectRef(p).header & Header.mark != 0 { stillFinalizable.append(p) } else { dying.append(p) }
        }
        if !dying.isEmpty {
            let ordered = finalizationOrder(dying, layouts: layouts, immortal: immortal) { p in
                let o = ObjectRef(p)
                guard o.header & Header.mark == 0 else { return false }
                o.header |= Header.mark
                return true
            }
            queue(ordered)
        }
        finalizable = stillFinalizable
        sweep()
        // Twice the survivors, and room for half a minimum heap of new pages: the pages
        // kept (partly used ones of every size class) can exceed twice the survivors,
        // and then every new page would start a collection.
        threshold = max(options.minHeap, stats.liveBytesAfterLastCollection * 2, heapBytes + options.minHeap / 2)
        if options.verify {
            do { try verifyHeap(self, layouts: layouts, immortal: immortal) } catch {
                fatalError("heap verification failed after collection \(stats.collections): \(error)")
            }
        }
    }

    /// Frees every unmarked object: its cell goes on its class's free list; a page left
    /// with no object at all becomes an empty page, for any class to take (or, beyond
    /// what the next cycle can use, goes back to the system).
    func sweep() {
        var live = 0
        for k in 0..<MarkSweep.classCount { freeLists[k] = nil }
        var kept: [Page] = []
        kept.reserveCapacity(pages.count)
        for page in pages {
            let cls = page.cellSize / 16 - 1
            let before = freeLists[cls]
            var head = before
            var liveCells = 0
            let cells = MarkSweep.pageSize / page.cellSize
            for c in stride(from: cells - 1, through: 0, by: -1) {
                let p = page.base + c * page.cellSize
                let h = p.load(as: UInt64.self)
                if h & Header.layoutMask != 0 && h & Header.mark != 0 {
                    p.storeBytes(of: h & ~Header.mark, as: UInt64.self)
                    liveCells += 1
                    continue
                }
                if h & Header.layoutMask != 0 {
                    stats.objectsFreed += 1
                    if options.verify { poison(p, page.cellSize) }
                }
                p.storeBytes(of: 0, as: UInt64.self)
                p.storeBytes(of: head, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                head = p
            }
            if liveCells == 0 {
                freeLists[cls] = before
                emptyPages.append(page.base)
                heapBytes -= MarkSweep.pageSize
            } else {
                freeLists[cls] = head
                live += liveCells * page.cellSize
                kept.append(page)
            }
        }
        if kept.count != pages.count {
            pages = kept
            pageIndex.removeAll(keepingCapacity: true)
            for (k, page) in pages.enumerated() { pageIndex[UInt(bitPattern: page.base) >> MarkSweep.pageShift] = k }
        }
        let keep = max(options.minHeap, live) / MarkSweep.pageSize
        while emptyPages.count > keep {
            let p = emptyPages.removeLast()
            madvise(p, MarkSweep.pageSize, MADV_DONTNEED)
            releasedPages.append(p)
        }
        for (p, size) in large {
            let h = p.load(as: UInt64.self)
            if h & Header.mark != 0 {
                p.storeBytes(of: h & ~Header.mark, as: UInt64.self)
                live += size
            } else {
                large[p] = nil
                heapBytes -= size
                stats.objectsFreed += 1
                free(p)
            }
        }
        stats.liveBytesAfterLastCollection = live
        torture.collected(live: live)
    }

    func poison(_ p: UnsafeMutableRawPointer, _ size: Int) {
        let words = p.assumingMemoryBound(to: UInt64.self)
        for k in 2..<(size >> 3) { words[k] = freedPoison }
    }

    public func isValidObject(_ w: Word) -> Bool {
        guard w.isPointer else { return false }
        let p = w.pointer
        if large[p] != nil { return p.load(as: UInt64.self) & Header.layoutMask != 0 }
        guard let k = pageIndex[w.address >> UInt(MarkSweep.pageShift)] else { return false }
        let page = pages[k]
        guard (p - page.base) % page.cellSize == 0 else { return false }
        return p.load(as: UInt64.self) & Header.layoutMask != 0
    }
}
