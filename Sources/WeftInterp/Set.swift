// set and frozenset: CPython 3.11's setobject.c table — open addressing with nine
// linear probes before perturbation, the same growth policy — so that iteration order
// (slot order) is CPython's for the same insertions, which programs print.

import WeftMemory

struct SetView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    var table: ObjectRef { ObjectRef(o[SetField.table]) }
    var used: Int { Int(o.raw(SetField.used)) }
    var fill: Int { Int(o.raw(SetField.fill)) }
    var size: Int { Int(table.raw(ArrayField.capacity)) / 2 }
    @inline(__always) func hashAt(_ i: Int) -> Word { table[ArrayField.fixedWords + 2 * i] }
    @inline(__always) func keyAt(_ i: Int) -> Word { table[ArrayField.fixedWords + 2 * i + 1] }
    @inline(__always) func set(_ i: Int, _ h: Word, _ k: Word) {
        table[ArrayField.fixedWords + 2 * i] = h
        table[ArrayField.fixedWords + 2 * i + 1] = k
    }
}

extension Word {
    /// The key of a deleted set slot.
    static let setDummy = Word(raw: 0x0FDC)
}

extension Runtime {
    static var linearProbes: Int { 9 }

    func newSet(frozen: Bool = false, cls: Word? = nil) -> Word? {
        guard let table = newValues(capacity: 16) else { return nil }
        let kt = keep(table.word)
        defer { release(to: kt) }
        guard let s = allocate(LayoutID.set, bytes: SetField.fixedWords * 8, cls: cls ?? (frozen ? types.frozenset : types.set)) else { return nil }
        s[SetField.table] = kept(kt)
        for k in 0..<16 where k % 2 == 0 { ObjectRef(kept(kt))[ArrayField.fixedWords + k] = .smallInt(0) }
        s.setRaw(SetField.used, 0)
        s.setRaw(SetField.fill, 0)
        return s.word
    }

    func newSet(fromStack base: Int, count n: Int) -> Word? {
        guard let s = newSet() else { return nil }
        let ks = keep(s)
        defer { release(to: ks) }
        for k in 0..<n { guard setAdd(kept(ks), vs[base + k]) else { return nil } }
        return kept(ks)
    }

    /// set_add_entry. false: exception (unhashable, memory) — or a guest __eq__/__hash__
    /// needed, which the prelude handles before calling here.
    func setAdd(_ sw: Word, _ key: Word) -> Bool {
        guard let h = nativeHash(key) else {
            if raising.isNull { raise(types.typeError, "unhashable type: '\(typeName(key))'") }
            return false
        }
        return setAdd(sw, key, hash: h)
    }

    func setAdd(_ sw: Word, _ key: Word, hash h: Int) -> Bool {
        let s = SetView(sw)
        let mask = s.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        var freeslot = -1
        var entry: Int
        outer: while true {
            entry = i
            var probes = i + Runtime.linearProbes <= mask ? Runtime.linearProbes : 0
            while true {
                let k = s.keyAt(entry)
                let eh = s.hashAt(entry).smallIntValue
                if eh == 0 && k.isNull { break outer }
                if eh == h && k != .setDummy {
                    if k == key || nativeEqual(k, key) { return true }
                } else if eh == -1 && k == .setDummy {
                    freeslot = entry
                }
                if probes == 0 { break }
                probes -= 1
                entry += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        if freeslot >= 0 {
            s.set(freeslot, .smallInt(h), key)
            s.o.setRaw(SetField.used, UInt64(s.used + 1))
            return true
        }
        s.set(entry, .smallInt(h), key)
        s.o.setRaw(SetField.fill, UInt64(s.fill + 1))
        s.o.setRaw(SetField.used, UInt64(s.used + 1))
        if s.fill * 5 < mask * 3 { return true }
        return setResize(sw, minUsed: s.used > 50000 ? s.used * 2 : s.used * 4)
    }

    func setResize(_ sw: Word, minUsed: Int) -> Bool {
        var newSize = 8
        while newSize <= minUsed { newSize <<= 1 }
        let m = vsp
        let ks = keep(sw)
        defer { release(to: m) }
        guard let table = newValues(capacity: newSize * 2) else { return false }
        for k in 0..<newSize { table[ArrayField.fixedWords + 2 * k] = .smallInt(0) }
        let s = SetView(kept(ks))
        let old = s.table
        let oldSize = s.size
        s.o[SetField.table] = table.word
        let ns = SetView(kept(ks))
        let mask = newSize - 1
        for j in 0..<oldSize {
            let k = old[ArrayField.fixedWords + 2 * j + 1]
            if k.isNull || k == .setDummy { continue }
            let h = old[ArrayField.fixedWords + 2 * j].smallIntValue
            // set_insert_clean
            var i = h & mask
            var perturb = UInt(bitPattern: h)
            var placed = -1
            while placed < 0 {
                if ns.keyAt(i).isNull { placed = i; break }
                if i + Runtime.linearProbes <= mask {
                    for d in 1...Runtime.linearProbes where ns.keyAt(i + d).isNull { placed = i + d; break }
                }
                if placed >= 0 { break }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            ns.set(placed, .smallInt(h), k)
        }
        ns.o.setRaw(SetField.fill, UInt64(ns.used))
        return true
    }

    /// The slot holding `key`, or -1.
    func setFind(_ sw: Word, _ key: Word, hash h: Int) -> Int {
        let s = SetView(sw)
        let mask = s.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            var entry = i
            var probes = i + Runtime.linearProbes <= mask ? Runtime.linearProbes : 0
            while true {
                let k = s.keyAt(entry)
                let eh = s.hashAt(entry).smallIntValue
                if eh == 0 && k.isNull { return -1 }
                if eh == h && k != .setDummy && (k == key || nativeEqual(k, key)) { return entry }
                if probes == 0 { break }
                probes -= 1
                entry += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    func setContains(_ sw: Word, _ key: Word) -> Word {
        guard let h = nativeHash(key) else {
            if raising.isNull { raise(types.typeError, "unhashable type: '\(typeName(key))'") }
            return .null
        }
        return .bool(setFind(sw, key, hash: h) >= 0)
    }

    func setDiscard(_ sw: Word, _ key: Word, hash h: Int) -> Bool {
        let i = setFind(sw, key, hash: h)
        guard i >= 0 else { return false }
        let s = SetView(sw)
        s.set(i, .smallInt(-1), .setDummy)
        s.o.setRaw(SetField.used, UInt64(s.used - 1))
        return true
    }

    func setForEach(_ sw: Word, _ body: (Word) -> Void) {
        let s = SetView(sw)
        for i in 0..<s.size {
            let k = s.keyAt(i)
            if !k.isNull && k != .setDummy { body(k) }
        }
    }

    func setUpdate(_ sw: Word, _ iterable: Word) -> Bool {
        let m = vsp
        let ks = keep(sw)
        defer { release(to: m) }
        guard let (base, n) = collectToStack(iterable) else {
            if raising.isNull { tailCall(prelude("_set_update"), [kept(ks), iterable], discard: true) }
            return false
        }
        for k in 0..<n { guard setAdd(kept(ks), vs[base + k]) else { return false } }
        return true
    }
}
