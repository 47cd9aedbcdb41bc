// Collector tests, written once against the Collector protocol and a fake root set,
// and run for every collector (and in torture mode); each collector adds its own cases
// at the end.

import Testing
@testable import WeftMemory

/// The roots of a test: an array of slots the test owns.
final class FakeRoots: RootProvider {
    var slots: [Word] = []
    func forEachRoot(_ visit: (UnsafeMutablePointer<Word>) -> Void) {
        for k in slots.indices { withUnsafeMutablePointer(to: &slots[k]) { visit($0) } }
    }
}

/// A small object world: nodes with two pointer fields and a raw payload word; arrays of
/// Words; raw byte strings.
struct World<GC: Collector> {
    let layouts = LayoutTable()
    let immortal = ImmortalArena(capacity: 1 << 20)
    let gc: GC
    let roots = FakeRoots()
    let node: UInt16, array: UInt16, bytes: UInt16

    init(torture: Bool = false, maxHeap: Int = 64 << 20, minHeap: Int = 1 << 20) {
        node = layouts.add(Layout(name: "node", fixedWords: 5, tracedFrom: 1, tracedCount: 3))
        array = layouts.add(Layout(name: "array", fixedWords: 3, tracedCount: 1, countWord: 2, itemBytes: 8, itemsTraced: true))
        bytes = layouts.add(Layout(name: "bytes", fixedWords: 3, tracedCount: 1, countWord: 2, itemBytes: 1))
        gc = GC(layouts: layouts, immortal: immortal, options: HeapOptions(maxHeap: maxHeap, torture: torture, verify: true, minHeap: minHeap))
        gc.roots = roots
    }

    /// A node: class word None, left and right, payload.
    func newNode(_ left: Word = .none, _ right: Word = .none, payload: Int = 0) -> Word {
        roots.slots.append(left); roots.slots.append(right)   // keep the children alive across allocation
        let p = gc.allocate(layout: node, bytes: 40)!
        let r = roots.slots.removeLast(), l = roots.slots.removeLast()
        let o = ObjectRef(p)
        o[1] = .none; o[2] = l; o[3] = r; o.setRaw(4, UInt64(payload))
        return o.word
    }

    func newArray(_ count: Int) -> Word {
        let l = layouts[array]
        let p = gc.allocate(layout: array, bytes: l.size(count: count))!
        let o = ObjectRef(p)
        o[1] = .none
        o.setRaw(2, UInt64(count))
        for k in 0..<count { o[3 + k] = .none }
        return o.word
    }

    func payload(_ w: Word) -> Int { Int(ObjectRef(w).raw(4)) }
    func left(_ w: Word) -> Word { ObjectRef(w)[2] }
    func right(_ w: Word) -> Word { ObjectRef(w)[3] }
}

func collectorCases<GC: Collector>(_: GC.Type, torture: Bool) throws {
    // Reachable objects survive with their contents; the rest are freed.
    do {
        let w = World<GC>(torture: torture)
        w.roots.slots.append(w.newNode(payload: 1))
        let kept = w.newNode(w.roots.slots[0], payload: 2)
        w.roots.slots.append(kept)
        for k in 0..<1000 { _ = w.newNode(payload: k) }
        w.gc.collect()
        #expect(w.payload(w.roots.slots[1]) == 2)
        #expect(w.payload(w.left(w.roots.slots[1])) == 1)
        #expect(w.left(w.roots.slots[1]) == w.roots.slots[0])
        #expect(w.gc.stats.objectsFreed >= 1000 || GC.isMoving)
        try verifyHeap(w.gc, layouts: w.layouts, immortal: w.immortal)
    }
    // Cycles are freed.
    do {
        let w = World<GC>(torture: torture)
        for _ in 0..<500 {
            let a = w.newNode(payload: 1)
            w.roots.slots.append(a)
            let b = w.newNode(a, payload: 2)
            ObjectRef(w.roots.slots[0])[3] = b
            w.roots.slots.removeAll()
        }
        w.gc.collect()
        #expect(w.gc.stats.liveBytesAfterLastCollection == 0)
    }
    // A finalizable object that becomes unreachable is queued once, keeps what it
    // reaches alive, and can be resurrected.
    do {
        let w = World<GC>(torture: torture)
        let child = w.newNode(payload: 7)
        let f = w.newNode(child, payload: 8)
        w.gc.registerFinalizer(f)
        w.gc.collect()
        var queued = w.gc.takePendingFinalizers()
        #expect(queued.count == 1)
        #expect(w.payload(queued[0]) == 8)
        #expect(w.payload(w.left(queued[0])) == 7)
        w.roots.slots.append(queued[0])            // the finalizer resurrects it
        queued = []
        w.gc.collect()
        #expect(w.gc.takePendingFinalizers().isEmpty)  // at most once
        #expect(w.payload(w.roots.slots[0]) == 8)
        w.roots.slots.removeAll()
        w.gc.collect()
        #expect(w.gc.takePendingFinalizers().isEmpty)
        #expect(w.gc.stats.liveBytesAfterLastCollection == 0)
    }
    // Identity survives collections (and moves).
    do {
        let w = World<GC>(torture: torture)
        w.roots.slots.append(w.newNode(payload: 3))
        ObjectRef(w.roots.slots[0]).identity = 12345
        for _ in 0..<100 { _ = w.newArray(10) }
        w.gc.collect()
        #expect(ObjectRef(w.roots.slots[0]).identity == 12345)
    }
    // Variable-sized objects: items traced, sizes right.
    do {
        let w = World<GC>(torture: torture)
        w.roots.slots.append(w.newArray(100))
        for k in 0..<100 {
            let n = w.newNode(payload: k)
            ObjectRef(w.roots.slots[0])[3 + k] = n
        }
        w.gc.collect()
        let a = ObjectRef(w.roots.slots[0])
        #expect((0..<100).allSatisfy { w.payload(a[3 + $0]) == $0 })
    }
    // A trailing word after raw items is traced (and its size counted).
    do {
        let w = World<GC>(torture: torture)
        let withTail = w.layouts.add(w.layouts[w.bytes].withTrailingWords(1, name: "bytes+tail"))
        let size = w.layouts[withTail].size(count: 5)
        #expect(size == 8 * 3 + 8 + 8)
        let p = w.gc.allocate(layout: withTail, bytes: size)!
        let o = ObjectRef(p)
        o[1] = .none
        o.setRaw(2, 5)
        o.setRaw(3, 0x0102030405)
        o[4] = .none
        w.roots.slots.append(o.word)
        let n = w.newNode(payload: 9)
        ObjectRef(w.roots.slots[0])[4] = n
        for _ in 0..<200 { _ = w.newNode() }
        w.gc.collect()
        let t = ObjectRef(w.roots.slots[0])
        #expect(t.size(w.layouts) == size)
        #expect(t.raw(3) == 0x0102030405)
        #expect(w.payload(t[4]) == 9)
        try verifyHeap(w.gc, layouts: w.layouts, immortal: w.immortal)
    }
}

@Suite struct CollectorTests {
    @Test func markSweep() throws { try collectorCases(MarkSweep.self, torture: false) }
    @Test func markSweepTorture() throws { try collectorCases(MarkSweep.self, torture: true) }
    @Test func semispace() throws { try collectorCases(Semispace.self, torture: false) }
    @Test func semispaceTorture() throws { try collectorCases(Semispace.self, torture: true) }

    /// Fills a heap with rooted 8 KB arrays until allocation fails; returns how many fit.
    func fill<GC: Collector>(_ w: World<GC>) -> Int {
        var got = 0
        while got < 100_000, let p = w.gc.allocate(layout: w.array, bytes: 8 * 1003) {
            let o = ObjectRef(p)
            o[1] = .none
            o.setRaw(2, 1000)
            for k in 0..<1000 { o[3 + k] = .none }
            w.roots.slots.append(o.word)
            got += 1
        }
        return got
    }

    @Test func heapLimitGivesNil() {
        #expect(fill(World<MarkSweep>(maxHeap: 4 << 20, minHeap: 1 << 20)) < 600)
        #expect(fill(World<Semispace>(maxHeap: 8 << 20, minHeap: 1 << 20)) < 600)
    }

    /// Torture collects at every allocation while little is live; with a big live heap,
    /// at random allocations, about one per 1/16 of the excess allocated.
    @Test func tortureSchedule() {
        var t = TortureSchedule()
        t.collected(live: 100)
        for _ in 0..<100 {
            let due = t.due(16)
            #expect(due)
            t.collected(live: 100)
        }
        let live = TortureSchedule.everyAllocationBelow + (16 << 20)
        var collections = 0
        t.collected(live: live)
        for _ in 0..<(64 << 20) / 64 where t.due(64) { collections += 1; t.collected(live: live) }
        #expect(collections >= 32 && collections <= 128)   // 64 MB allocated, a collection per ~1 MB
    }

    @Test func semispaceMovesEverything() {
        let w = World<Semispace>()
        w.roots.slots.append(w.newNode(payload: 5))
        let before = w.roots.slots[0]
        w.gc.collect()
        #expect(w.roots.slots[0] != before)
        #expect(w.payload(w.roots.slots[0]) == 5)
        #expect(!w.gc.isValidObject(before))
    }

    @Test func markSweepGivesEmptyPagesToOtherSizeClasses() {
        // A heap that held only nodes, then only arrays: the arrays reuse the nodes' pages,
        // so the heap does not grow (and no collection is needed per new page).
        let w = World<MarkSweep>(minHeap: 1 << 20)
        for _ in 0..<20_000 { _ = w.newNode() }
        w.gc.collect()
        #expect(w.gc.heapBytes == 0)
        #expect(!w.gc.emptyPages.isEmpty)
        let collections = w.gc.stats.collections
        for _ in 0..<2_000 { _ = w.newArray(20) }
        #expect(w.gc.stats.collections == collections)
        #expect(w.gc.heapBytes <= 1 << 20)
    }

    @Test func verifierCatchesDanglingAndUninitializedPointers() {
        let w = World<MarkSweep>()
        w.roots.slots.append(w.newArray(20))    // keeps the page in its size class
        let stale = w.newArray(20)              // not rooted (and of a size class the next node will not reuse)
        w.gc.collect()
        w.roots.slots.removeAll()
        #expect(!w.gc.isValidObject(stale))      // freed: a read through it is reported
        w.roots.slots.append(w.newNode(payload: 2))
        ObjectRef(w.roots.slots[0])[2] = stale   // a dangling pointer inside a live object
        #expect(throws: HeapError.self) { try verifyHeap(w.gc, layouts: w.layouts, immortal: w.immortal) }
        let p = w.gc.allocate(layout: w.node, bytes: 40)!  // slots never initialized
        w.roots.slots[0] = ObjectRef(p).word
        #expect(throws: HeapError.self) { try verifyHeap(w.gc, layouts: w.layouts, immortal: w.immortal) }
    }
}
