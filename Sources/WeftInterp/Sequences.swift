// Tuples and lists: a tuple holds its items inline; a list holds a length and a Words
// array that grows by over-allocation (as CPython's list_resize: ~1/8 more).

import WeftMemory

struct TupleView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    @inline(__always) var count: Int { Int(o.raw(TupleField.length)) }
    @inline(__always) subscript(i: Int) -> Word {
        get { o[TupleField.fixedWords + i] }
        nonmutating set { o[TupleField.fixedWords + i] = newValue }
    }
}

struct ListView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    @inline(__always) var count: Int { Int(o.raw(ListField.length)) }
    @inline(__always) var items: ObjectRef { ObjectRef(o[ListField.items]) }
    @inline(__always) var capacity: Int { Int(items.raw(ArrayField.capacity)) }
    @inline(__always) subscript(i: Int) -> Word {
        get { items[ArrayField.fixedWords + i] }
        nonmutating set { items[ArrayField.fixedWords + i] = newValue }
    }
    /// Appends `v` if the items array has room (no allocation); false otherwise.
    @inline(__always) func appendIfRoom(_ v: Word) -> Bool {
        let n = count
        guard n < capacity else { return false }
        self[n] = v
        o.setRaw(ListField.length, UInt64(n + 1))
        return true
    }
}

extension Runtime {
    /// A tuple of `n` items, all None; the caller fills it.
    func newTuple(count n: Int) -> Word? {
        if n == 0, !emptyTuple.isNull { return emptyTuple }
        guard let t = allocate(LayoutID.tuple, bytes: (TupleField.fixedWords + n) * 8, cls: types.tuple) else { return nil }
        t.setRaw(TupleField.length, UInt64(n))
        for k in 0..<n { t[TupleField.fixedWords + k] = .none }
        return t.word
    }

    /// A tuple of the values on the value stack from `base` (count n).
    func newTuple(fromStack base: Int, count n: Int) -> Word? {
        guard let t = newTuple(count: n) else { return nil }
        let v = TupleView(t)
        for k in 0..<n { v[k] = vs[base + k] }
        return t
    }

    func newTuple(_ items: [Word]) -> Word? {
        let m = vsp
        for w in items { keep(w) }
        defer { release(to: m) }
        return newTuple(fromStack: m, count: items.count)
    }

    /// A Words array with room for `capacity` items.
    func newValues(capacity: Int) -> ObjectRef? {
        guard let a = allocate(LayoutID.values, bytes: (ArrayField.fixedWords + capacity) * 8, cls: .none) else { return nil }
        a.setRaw(ArrayField.capacity, UInt64(capacity))
        for k in 0..<capacity { a[ArrayField.fixedWords + k] = .null }
        return a
    }

    func newList(capacity: Int = 0) -> Word? {
        guard let arr = newValues(capacity: capacity) else { return nil }
        let ka = keep(arr.word)
        defer { release(to: ka) }
        guard let l = allocate(LayoutID.list, bytes: ListField.fixedWords * 8, cls: types.list) else { return nil }
        l[ListField.items] = kept(ka)
        l.setRaw(ListField.length, 0)
        return l.word
    }

    func newList(fromStack base: Int, count n: Int) -> Word? {
        guard let l = newList(capacity: n) else { return nil }
        let v = ListView(l)
        for k in 0..<n { v[k] = vs[base + k] }
        v.o.setRaw(ListField.length, UInt64(n))
        return l
    }

    /// Makes room for `n` items in the list at value-stack slot `kl`.
    func listReserve(_ kl: Int, _ n: Int) -> Bool {
        let l = ListView(kept(kl))
        if n <= l.capacity { return true }
        let newCap = n + (n >> 3) + (n < 9 ? 3 : 6)
        guard let arr = newValues(capacity: newCap) else { return false }
        let l2 = ListView(kept(kl))
        for k in 0..<l2.count { arr[ArrayField.fixedWords + k] = l2[k] }
        l2.o[ListField.items] = arr.word
        return true
    }

    func listAppend(_ lw: Word, _ v: Word) -> Bool {
        let l = ListView(lw)
        let n = l.count
        if l.appendIfRoom(v) { return true }
        let m = vsp
        let kl = keep(lw), kv = keep(v)
        defer { release(to: m) }
        guard listReserve(kl, n + 1) else { return false }
        let l2 = ListView(kept(kl))
        l2[n] = kept(kv)
        l2.o.setRaw(ListField.length, UInt64(n + 1))
        return true
    }
}
