// dict: CPython's compact, insertion-ordered table. Entries (hash, key, value) go in
// order into a Words array; an index table of Int32 maps hash slots to entries (-1
// empty, -2 deleted). The probe sequence is CPython's (i = i*5 + perturb + 1), so
// iteration order is insertion order exactly as in CPython.
//
// Keys compare by identity, then by value for the built-in hashable types. Keys of user
// classes with __eq__/__hash__ go through the prelude (see Prelude.py), so no guest code
// ever runs from here.

import WeftMemory

struct DictView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    var entries: ObjectRef { ObjectRef(o[DictField.entries]) }
    var indices: ObjectRef { ObjectRef(o[DictField.indices]) }
    var used: Int { Int(o.raw(DictField.used)) }
    var filled: Int { Int(o.raw(DictField.filled)) }
    /// Index-table slots (a power of two).
    var size: Int { Int(indices.raw(ArrayField.capacity)) / 4 }

    @inline(__always) func index(_ i: Int) -> Int32 {
        (indices.base + ArrayField.fixedWords * 8).load(fromByteOffset: i * 4, as: Int32.self)
    }
    @inline(__always) func setIndex(_ i: Int, _ v: Int32) {
        (indices.base + ArrayField.fixedWords * 8).storeBytes(of: v, toByteOffset: i * 4, as: Int32.self)
    }
    @inline(__always) func hashAt(_ e: Int) -> Int { entries[ArrayField.fixedWords + 3 * e].smallIntValue }
    @inline(__always) func keyAt(_ e: Int) -> Word { entries[ArrayField.fixedWords + 3 * e + 1] }
    @inline(__always) func valueAt(_ e: Int) -> Word { entries[ArrayField.fixedWords + 3 * e + 2] }
    @inline(__always) func setValue(_ e: Int, _ v: Word) { entries[ArrayField.fixedWords + 3 * e + 2] = v }
    /// Entry capacity.
    var capacity: Int { Int(entries.raw(ArrayField.capacity)) / 3 }
}

/// A hash as dict entries and set slots hold it: a small int, so the top bit goes (the
/// sign of the 63-bit value is extended). Tuple and frozenset hashes use all 64 bits;
/// the tables work with this form throughout, so lookups, inserts and resizes agree.
/// Only the last perturbation rounds of a probe differ from CPython's (bit 63 of the
/// perturbation), which no table short of hundreds of slots ever reaches.
@inline(__always) func tableHash(_ h: Int) -> Int { (h &<< 1) >> 1 }

extension Runtime {
    /// A new empty dict with room for `n` items without resizing.
    func newDict(capacity n: Int = 0, immortal: Bool = false, cls: Word? = nil) -> Word? {
        var size = 8
        while size * 2 / 3 < n { size *= 2 }
        let m = vsp
        let d: ObjectRef
        if immortal {
            d = allocateImmortal(LayoutID.dict, bytes: DictField.fixedWords * 8, cls: types.dict)
        } else {
            guard let x = allocate(LayoutID.dict, bytes: DictField.fixedWords * 8, cls: cls ?? types.dict) else { return nil }
            d = x
        }
        d[DictField.entries] = .none
        d[DictField.indices] = .none
        d.setRaw(DictField.used, 0)
        d.setRaw(DictField.filled, 0)
        d.setRaw(DictField.version, nextDictVersion())
        let k = keep(d.word)
        guard dictAllocateTables(k, size: size, immortal: immortal) else { release(to: m); return nil }
        let r = kept(k)
        release(to: m)
        return r
    }

    /// Gives the dict at value-stack slot `k` fresh empty tables of `size` slots.
    func dictAllocateTables(_ k: Int, size: Int, immortal: Bool) -> Bool {
        let entryCap = size * 2 / 3
        let ib = ArrayField.fixedWords * 8 + size * 4
        let eb = ArrayField.fixedWords * 8 + entryCap * 3 * 8
        let idx: ObjectRef, ent: ObjectRef
        if immortal || isImmortal(kept(k)) {
            idx = allocateImmortal(LayoutID.raw, bytes: ib, cls: .none)
            ent = allocateImmortal(LayoutID.values, bytes: eb, cls: .none)
        } else {
            guard let i = allocate(LayoutID.raw, bytes: ib, cls: .none) else { return false }
            i.setRaw(ArrayField.capacity, UInt64(size * 4))
            let ki = keep(i.word)
            guard let e = allocate(LayoutID.values, bytes: eb, cls: .none) else { return false }
            idx = ObjectRef(kept(ki))
            ent = e
            release(to: ki)
        }
        idx.setRaw(ArrayField.capacity, UInt64(size * 4))
        (idx.base + ArrayField.fixedWords * 8).initializeMemory(as: Int32.self, repeating: -1, count: size)
        ent.setRaw(ArrayField.capacity, UInt64(entryCap * 3))
        for j in 0..<(entryCap * 3) { ent[ArrayField.fixedWords + j] = .null }
        let d = ObjectRef(kept(k))
        d[DictField.indices] = idx.word
        d[DictField.entries] = ent.word
        return true
    }

    /// The entry index holding `key` (with hash `h`), or -1. Only for keys whose
    /// equality is native (see `hasNativeEquality`).
    func dictFind(_ dw: Word, _ key: Word, _ h0: Int) -> Int {
        let h = tableHash(h0)
        let d = DictView(dw)
        let mask = d.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            let ix = d.index(i)
            if ix == -1 { return -1 }
            if ix >= 0 {
                let e = Int(ix)
                let k = d.keyAt(e)
                if k == key || (d.hashAt(e) == h && nativeEqual(k, key)) { return e }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    /// The slot in the index table where a new key with hash `h` goes.
    func dictFreeSlot(_ d: DictView, _ h0: Int) -> Int {
        let h = tableHash(h0)
        let mask = d.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while d.index(i) >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        return i
    }

    /// Value for a key with native equality; null when absent.
    func dictGet(_ dw: Word, _ key: Word, hash h: Int) -> Word {
        let e = dictFind(dw, key, h)
        return e < 0 ? .null : DictView(dw).valueAt(e)
    }

    /// Looks up a str key (the common case: globals, attributes, keyword arguments).
    @inline(__always)
    func dictGetStr(_ dw: Word, _ key: Word) -> Word {
        dictGet(dw, key, hash: StrView(key).hash)
    }

    /// Sets d[key] = value for a key with native equality. false: MemoryError raised.
    @discardableResult
    func dictSet(_ dw: Word, _ key: Word, _ value: Word, hash h0: Int) -> Bool {
        let h = tableHash(h0)
        let e = dictFind(dw, key, h)
        if e >= 0 {
            DictView(dw).setValue(e, value)
            return true
        }
        let m = vsp
        let kd = keep(dw), kk = keep(key), kv = keep(value)
        defer { release(to: m) }
        var d = DictView(dw)
        if d.filled >= d.capacity {
            guard dictResize(kd, minUsed: d.used + 1) else { return false }
            d = DictView(kept(kd))
        }
        let slot = dictFreeSlot(d, h)
        let n = d.filled
        d.setIndex(slot, Int32(n))
        let ent = d.entries
        ent[ArrayField.fixedWords + 3 * n] = .smallInt(h)
        ent[ArrayField.fixedWords + 3 * n + 1] = kept(kk)
        ent[ArrayField.fixedWords + 3 * n + 2] = kept(kv)
        d.o.setRaw(DictField.filled, UInt64(n + 1))
        d.o.setRaw(DictField.used, UInt64(d.used + 1))
        d.o.setRaw(DictField.version, nextDictVersion())
        return true
    }

    func dictSetStr(_ dw: Word, _ key: Word, _ value: Word) -> Bool {
        dictSet(dw, key, value, hash: StrView(key).hash)
    }

    /// Rebuilds the tables of the dict at slot `kd` for at least `minUsed` entries,
    /// dropping deleted entries, keeping order.
    func dictResize(_ kd: Int, minUsed: Int) -> Bool {
        let old = DictView(kept(kd))
        let m = vsp
        let oldEntries = keep(old.o[DictField.entries])
        let oldFilled = old.filled
        var size = 8
        while size * 2 / 3 < minUsed * 3 / 2 + 1 { size *= 2 }
        guard dictAllocateTables(kd, size: size, immortal: false) else { release(to: m); return false }
        let d = DictView(kept(kd))
        let src = ObjectRef(kept(oldEntries))
        var n = 0
        for e in 0..<oldFilled {
            let k = src[ArrayField.fixedWords + 3 * e + 1]
            if k.isNull { continue }
            let h = src[ArrayField.fixedWords + 3 * e].smallIntValue
            d.setIndex(dictFreeSlot(d, h), Int32(n))
            for j in 0..<3 { d.entries[ArrayField.fixedWords + 3 * n + j] = src[ArrayField.fixedWords + 3 * e + j] }
            n += 1
        }
        d.o.setRaw(DictField.filled, UInt64(n))
        d.o.setRaw(DictField.used, UInt64(n))
        release(to: m)
        return true
    }

    /// Removes a key; returns its value, or null if absent.
    @discardableResult
    func dictRemove(_ dw: Word, _ key: Word, hash h0: Int) -> Word {
        let h = tableHash(h0)
        let e = dictFind(dw, key, h)
        guard e >= 0 else { return .null }
        let d = DictView(dw)
        let mask = d.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while d.index(i) != Int32(e) {
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        d.setIndex(i, -2)
        let v = d.valueAt(e)
        d.entries[ArrayField.fixedWords + 3 * e + 1] = .null
        d.entries[ArrayField.fixedWords + 3 * e + 2] = .null
        d.o.setRaw(DictField.used, UInt64(d.used - 1))
        d.o.setRaw(DictField.version, nextDictVersion())
        return v
    }

    /// Calls `body` with each (key, value) in order. The dict must not change meanwhile.
    func dictForEach(_ dw: Word, _ body: (Word, Word) -> Void) {
        let d = DictView(dw)
        for e in 0..<d.filled {
            let k = d.keyAt(e)
            if !k.isNull { body(k, d.valueAt(e)) }
        }
    }
}

