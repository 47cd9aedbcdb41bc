// The collector protocol (§4.2.4 "GC-provided operations"): malloc(typeid, length),
// collect(), a write barrier, and root enumeration through the runtime. The runtime is
// generic over the collector, so each choice is specialized by the compiler — the
// "weaving at translation time" of the report. Collectors are chosen by name in
// `collectorNamed` only.

#if canImport(Glibc)
import Glibc
#endif

/// What the runtime tells a collector about its roots.
public protocol RootProvider: AnyObject {
    /// Calls `visit` with the address of every slot outside the heap that holds a Word:
    /// frames in flight, globals, the shadow stack of Swift code... A moving collector
    /// updates the slots.
    func forEachRoot(_ visit: (UnsafeMutablePointer<Word>) -> Void)
}

public struct HeapOptions: Sendable {
    /// Bytes the collected heap may hold before allocation fails with MemoryError.
    public var maxHeap: Int
    /// Collect at every allocation (proves roots complete; moves everything each time),
    /// on the schedule of `TortureSchedule`.
    public var torture: Bool
    /// Poison freed memory and check every traced pointer after each collection.
    public var verify: Bool
    /// Heap size below which no collection is triggered.
    public var minHeap: Int

    public init(maxHeap: Int = HeapOptions.defaultMaxHeap, torture: Bool = false, verify: Bool = false,
                minHeap: Int = 1 << 20) {
        self.maxHeap = maxHeap
        self.torture = torture
        self.verify = verify
        self.minHeap = minHeap
    }

    /// Half of physical memory, so that exhaustion is a MemoryError and not the OOM killer.
    public static var defaultMaxHeap: Int {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, size > 0 else { return 4 << 30 }
        return Int(pages) * Int(size) / 2
    }
}

/// When `--gc-torture` collects. At every allocation, while the last collection found
/// at most `everyAllocationBelow` live bytes — every program of the test suite but the
/// deep ones. A deep recursion or a big heap would make that quadratic (a million live
/// frames, each call an allocation, each collection a walk of them all: hours), so past
/// that size the next collection comes after a random number of bytes up to
/// (live − everyAllocationBelow) / 8: on average a collection per 1/16 of the excess
/// allocated, linear in all, and over the run's millions of allocations still one at
/// every allocation site, at every depth and phase (the jitter keeps a periodic
/// allocation pattern from always hitting the same site).
public struct TortureSchedule: Sendable {
    public static let everyAllocationBelow = 2 << 20
    /// Bytes still to allocate before the next collection; negative means now.
    var credit = 0
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Counts an allocation of `bytes`; true when it must collect first.
    @inline(__always)
    mutating func due(_ bytes: Int) -> Bool {
        credit &-= bytes
        return credit < 0
    }

    /// After a collection that left `live` bytes.
    mutating func collected(live: Int) {
        let excess = live - TortureSchedule.everyAllocationBelow
        guard excess > 0 else { credit = 0; return }
        seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17
        credit = Int(seed % UInt64(excess / 8 + 1))
    }
}

public struct HeapStats: Sendable {
    public var collections = 0
    public var bytesAllocated = 0
    public var liveBytesAfterLastCollection = 0
    public var objectsFreed = 0
    public var bytesCopied = 0
}

public protocol Collector: AnyObject {
    static var name: String { get }
    /// Objects move during collect(): every root must be exact.
    static var isMoving: Bool { get }

    init(layouts: LayoutTable, immortal: ImmortalArena, options: HeapOptions)

    var roots: RootProvider? { get set }
    var stats: HeapStats { get }
    var options: HeapOptions { get }

    /// `bytes` (a multiple of 8, at least 16) for an object of `layout`: header set, the
    /// rest zero (`zero: false`: left as it was when a free cell or bump space is at
    /// hand, for a caller that writes every word before anything else allocates).
    /// May collect first. nil when the heap is full even after collecting.
    func allocate(layout: UInt16, bytes: Int, zero: Bool) -> UnsafeMutableRawPointer?

    func collect()

    /// Called when a pointer to `value` is stored into `container` (the collectors we
    /// have need no barrier; a generational one would).
    func writeBarrier(container: UnsafeMutableRawPointer, value: Word)

    /// The object has a finalizer: when it becomes unreachable it is kept alive (with
    /// everything it reaches) and queued instead of freed, once.
    func registerFinalizer(_ object: Word)

    /// At exit: queues every object still registered for finalization (reachable or
    /// not), in `finalizationOrder`, as CPython finalizes what is alive at shutdown.
    func queueAllFinalizers()

    /// Objects found unreachable whose finalizers must now run; the runtime takes them
    /// (they stay alive until it drops them) and must report them as roots meanwhile.
    func takePendingFinalizers() -> [Word]

    /// The verifier's view: is `w` a pointer to a live object of this heap (or immortal)?
    func isValidObject(_ w: Word) -> Bool
}

/// The order in which the finalizers of `objects` (each has `Header.finalizable`) run
/// when they die together: an object before the objects it reaches — what reference
/// counting does for acyclic garbage, and the "topological order" PyPy guarantees.
/// Objects in one cycle, and unrelated objects, keep the order of `objects`
/// (registration order, which is what CPython's cycle collector roughly follows).
///
/// Tarjan's strongly connected components, iterative (no recursion), over the objects
/// reached from `objects` for which `firstVisit` is true — called once per object, it
/// marks it and says whether the walk goes through it: a collector lets through only
/// garbage, which the walk has then marked (resurrected). Tarjan finds a component
/// after every component it reaches, so the components in reverse are the order.
public func finalizationOrder(_ objects: [UnsafeMutableRawPointer], layouts: LayoutTable, immortal: ImmortalArena,
                              firstVisit: (UnsafeMutableRawPointer) -> Bool) -> [UnsafeMutableRawPointer] {
    var registration: [UnsafeMutableRawPointer: Int] = [:]
    for (k, p) in objects.enumerated() { registration[p] = k }
    var index: [UnsafeMutableRawPointer: Int] = [:]
    var low: [UnsafeMutableRawPointer: Int] = [:]
    var onStack = Set<UnsafeMutableRawPointer>()
    var componentStack: [UnsafeMutableRawPointer] = []
    var components: [[UnsafeMutableRawPointer]] = []
    // The walk's path: each object with the range of its children in `edges` still to see.
    var path: [(node: UnsafeMutableRawPointer, start: Int, next: Int, end: Int)] = []
    var edges: [UnsafeMutableRawPointer] = []
    func enter(_ p: UnsafeMutableRawPointer) {
        index[p] = index.count
        low[p] = index[p]
        componentStack.append(p)
        onStack.insert(p)
        let start = edges.count
        ObjectRef(p).forEachTracedSlot(layouts) { slot in
            let w = slot.pointee
            if w.isPointer && !immortal.contains(w) { edges.append(w.pointer) }
        }
        path.append((p, start, start, edges.count))
    }
    for root in objects.reversed() where index[root] == nil && firstVisit(root) {
        enter(root)
        while let top = path.last {
            if top.next < top.end {
                path[path.count - 1].next += 1
                let c = edges[top.next]
                if let ci = index[c] {
                    if onStack.contains(c) { low[top.node] = min(low[top.node]!, ci) }
                } else if firstVisit(c) {
                    enter(c)
                }
                continue
            }
            path.removeLast()
            edges.removeLast(edges.count - top.start)
            let node = top.node
            if low[node] == index[node] {
                var component: [UnsafeMutableRawPointer] = []
                while true {
                    let p = componentStack.removeLast()
                    onStack.remove(p)
                    if ObjectRef(p).header & Header.finalizable != 0 { component.append(p) }
                    if p == node { break }
                }
                if !component.isEmpty { components.append(component) }
            }
            if let parent = path.last { low[parent.node] = min(low[parent.node]!, low[node]!) }
        }
    }
    var order: [UnsafeMutableRawPointer] = []
    order.reserveCapacity(objects.count)
    for component in components.reversed() {
        order.append(contentsOf: component.count == 1 ? component
                     : component.sorted { registration[$0, default: .max] < registration[$1, default: .max] })
    }
    return order
}

/// A pointer value no allocation ever returns: fresh objects' slots hold it in verify
/// mode, so that a read of a slot nobody initialized is caught.
public let uninitializedPoison = Word(raw: 0xDEAD_BEEF_0000_0000)
/// Freed memory is filled with this in verify mode.
public let freedPoison: UInt64 = 0xDEAD_F4EE_DEAD_F4EE

public enum HeapError: Error, CustomStringConvertible {
    case invalidPointer(String)
    public var description: String {
        switch self { case .invalidPointer(let s): return s }
    }
}

/// Walks everything reachable from the roots and checks each traced pointer: it must
/// lead to a live object, never to freed, unallocated or uninitialized memory.
public func verifyHeap<C: Collector>(_ gc: C, layouts: LayoutTable, immortal: ImmortalArena) throws(HeapError) {
    var seen = Set<UInt>()
    // Each pointer to check, with where it was found: the layout of the object holding
    // it (0 for a root) and the slot's word index.
    var stack: [(w: Word, holder: UInt16, slot: Int)] = []
    var failure: String?
    var rootIndex = 0
    gc.roots?.forEachRoot { slot in
        let w = slot.pointee
        if w == uninitializedPoison { failure = failure ?? "a root holds uninitialized memory" }
        if w.isPointer { stack.append((w, 0, rootIndex)) }
        rootIndex += 1
    }
    if let f = failure { throw .invalidPointer(f) }
    while let (w, holder, index) = stack.popLast() {
        guard !immortal.contains(w) else { continue }
        guard gc.isValidObject(w) else {
            let place = holder == 0 ? "root \(index)" : "word \(index) of a \(layouts[holder].name) object"
            throw .invalidPointer("pointer 0x\(String(w.raw, radix: 16)) in \(place) does not lead to a live object")
        }
        guard seen.insert(w.address).inserted else { continue }
        let o = ObjectRef(w)
        let layout = o.layout
        o.forEachTracedSlot(layouts) { slot in
            let v = slot.pointee
            if v == uninitializedPoison {
                failure = failure ?? "a \(layouts[layout].name) object holds an uninitialized slot"
            } else if v.isPointer {
                stack.append((v, layout, (UnsafeRawPointer(slot) - UnsafeRawPointer(o.base)) / 8))
            }
        }
        if let f = failure { throw .invalidPointer(f) }
    }
}

extension Collector {
    /// A zeroed object (see allocate(layout:bytes:zero:)).
    @inlinable @inline(__always) public func allocate(layout: UInt16, bytes: Int) -> UnsafeMutableRawPointer? {
        allocate(layout: layout, bytes: bytes, zero: true)
    }

    /// An object whose words after the header the caller writes (frames).
    @inlinable @inline(__always) public func allocateUnzeroed(layout: UInt16, bytes: Int) -> UnsafeMutableRawPointer? {
        allocate(layout: layout, bytes: bytes, zero: false)
    }
}
