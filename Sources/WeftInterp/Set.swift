// set and frozenset: CPython 3.11's setobject.c table — open addressing with nine
// linear probes before perturbation, the same growth policy, the same merge, copy and
// pop — so that iteration order (slot order) is CPython's for the same operations,
// which programs print.
//
// A slot is two words: the hash (a small int, see `tableHash`) and the key; an unused
// slot is (0, null), a deleted one (-1, setDummy). Keys compare by identity, then
// natively (`nativeEqualOrNil`); when that cannot decide (a key with __eq__ written in
// Python), the lookups here report it and the operation goes to the prelude, which
// makes the comparisons as guest calls and then uses the `_weft.set_*` primitives.

import WeftMemory

struct SetView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    var table: ObjectRef { ObjectRef(o[SetField.table]) }
    var used: Int { Int(o.raw(SetField.used)) }
    var fill: Int { Int(o.raw(SetField.fill)) }
    var size: Int { Int(table.raw(ArrayField.capacity)) / 2 }
    var mask: Int { size - 1 }
    @inline(__always) func hashAt(_ i: Int) -> Word { table[ArrayField.fixedWords + 2 * i] }
    @inline(__always) func keyAt(_ i: Int) -> Word { table[ArrayField.fixedWords + 2 * i + 1] }
    @inline(__always) func set(_ i: Int, _ h: Word, _ k: Word) {
        table[ArrayField.fixedWords + 2 * i] = h
        table[ArrayField.fixedWords + 2 * i + 1] = k
    }
    @inline(__always) func isLive(_ i: Int) -> Bool {
        let k = keyAt(i)
        return !k.isNull && k != .setDummy
    }
    func setUsed(_ n: Int) { o.setRaw(SetField.used, UInt64(n)) }
    func setFill(_ n: Int) { o.setRaw(SetField.fill, UInt64(n)) }
}

extension Word {
    /// The key of a deleted set slot.
    static let setDummy = Word(raw: 0x0FDC)
}

/// What a set or dict lookup found, when equality might need guest code.
enum LookupResult: Equatable {
    case found(Int)     // the slot (set) or entry (dict)
    case absent
    case guest          // a comparison needs guest code: nothing was changed
}

extension Runtime {
    static var linearProbes: Int { 9 }
    static var setMinSize: Int { 8 }

    /// A table of `size` unused slots.
    func newSetTable(size: Int) -> ObjectRef? {
        guard let t = newValues(capacity: size * 2) else { return nil }
        for k in 0..<size { t[ArrayField.fixedWords + 2 * k] = .smallInt(0) }
        return t
    }

    func newSet(frozen: Bool = false, cls: Word? = nil) -> Word? {
        guard let table = newSetTable(size: Runtime.setMinSize) else { return nil }
        let kt = keep(table.word)
        defer { release(to: kt) }
        guard let s = allocate(LayoutID.set, bytes: SetField.fixedWords * 8, cls: cls ?? (frozen ? types.frozenset : types.set)) else { return nil }
        s[SetField.table] = kept(kt)
        s.setRaw(SetField.used, 0)
        s.setRaw(SetField.fill, 0)
        s.setRaw(SetField.finger, 0)
        s.setRaw(SetField.hash, UInt64(bitPattern: -1))
        return s.word
    }

    /// A set display `{a, b, ...}`: the items are on the value stack. nil: raised, or a
    /// tail call to the prelude (keys with guest __hash__/__eq__).
    func newSet(fromStack base: Int, count n: Int) -> Word? {
        guard let s = newSet() else { return nil }
        let ks = keep(s)
        defer { release(to: ks) }
        for k in 0..<n {
            switch setAddKey(kept(ks), vs[base + k]) {
            case 1: continue
            case 0: return nil
            default:
                guard let items = newTuple(fromStack: base, count: n) else { return nil }
                tailCall(prelude("_set_build"), [items])
                return nil
            }
        }
        return kept(ks)
    }

    /// A set display of three or more constants: CPython 3.11 folds it into a frozenset
    /// constant made from the tuple of items, which the compiler's constant merging
    /// remakes from that set's own order; the display is then set().update(constant).
    /// The same steps give the same table, so the same iteration order.
    func newConstantSet(fromStack base: Int, count n: Int) -> Word? {
        let m = vsp
        defer { release(to: m) }
        guard let first = newSet(fromStack: base, count: n) else { return nil }
        let kf = keep(first)
        let again = vsp
        setForEach(kept(kf)) { keep($0) }
        guard let folded = newSet(fromStack: again, count: vsp - again) else { return nil }
        let kc = keep(folded)
        guard let s = newSet() else { return nil }
        let ks = keep(s)
        return setMerge(kept(ks), kept(kc)) ? kept(ks) : nil
    }

    /// A key's hash for a set or dict; nil: raised TypeError (unhashable), or the hash
    /// is guest code (nothing raised).
    @inline(__always) func keyHash(_ key: Word) -> Int? {
        nativeHash(key)
    }

    // MARK: probing (setobject.c)

    /// set_lookkey.
    func setLookup(_ sw: Word, _ key: Word, hash h0: Int) -> LookupResult {
        let h = tableHash(h0)
        let s = SetView(sw)
        let mask = s.mask
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            var entry = i
            var probes = i + Runtime.linearProbes <= mask ? Runtime.linearProbes : 0
            while true {
                let k = s.keyAt(entry)
                let eh = s.hashAt(entry).smallIntValue
                if eh == 0 && k.isNull { return .absent }
                if eh == h && k != .setDummy {
                    if k == key { return .found(entry) }
                    guard let eq = nativeEqualOrNil(k, key) else { return .guest }
                    if eq { return .found(entry) }
                }
                if probes == 0 { break }
                probes -= 1
                entry += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// The keys with hash `h` along the probe sequence, in the order set_lookkey
    /// compares them (for the prelude's guest comparisons).
    func setCandidates(_ sw: Word, hash h0: Int) -> [Word] {
        let h = tableHash(h0)
        let s = SetView(sw)
        let mask = s.mask
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        var out: [Word] = []
        while true {
            var entry = i
            var probes = i + Runtime.linearProbes <= mask ? Runtime.linearProbes : 0
            while true {
                let k = s.keyAt(entry)
                let eh = s.hashAt(entry).smallIntValue
                if eh == 0 && k.isNull { return out }
                if eh == h && k != .setDummy { out.append(k) }
                if probes == 0 { break }
                probes -= 1
                entry += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// set_add_entry. 1: added or already present; 0: exception raised (memory);
    /// -1: a comparison needs guest code (nothing changed). `assumeNew`: the caller
    /// has compared every key of this hash already and none is equal.
    func setAddEntry(_ sw: Word, _ key: Word, hash h0: Int, assumeNew: Bool = false) -> Int {
        let h = tableHash(h0)
        let s = SetView(sw)
        let mask = s.mask
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
                    if k == key { return 1 }
                    if !assumeNew {
                        guard let eq = nativeEqualOrNil(k, key) else { return -1 }
                        if eq { return 1 }
                    }
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
        invalidateSetHash(s)
        if freeslot >= 0 {
            s.set(freeslot, .smallInt(h), key)
            s.setUsed(s.used + 1)
            return 1
        }
        s.set(entry, .smallInt(h), key)
        s.setFill(s.fill + 1)
        s.setUsed(s.used + 1)
        if s.fill * 5 < mask * 3 { return 1 }
        return setTableResize(sw, minUsed: s.used > 50000 ? s.used * 2 : s.used * 4) ? 1 : 0
    }

    /// set_add_key: 1 added or present; 0 raised; -1 guest code needed (the hash or
    /// a comparison; nothing changed, nothing raised).
    func setAddKey(_ sw: Word, _ key: Word) -> Int {
        guard let h = keyHash(key) else { return raising.isNull ? -1 : 0 }
        return setAddEntry(sw, key, hash: h)
    }

    /// set.add for the interpreter (set comprehensions): false on error or tail call.
    func setAdd(_ sw: Word, _ key: Word) -> Bool {
        switch setAddKey(sw, key) {
        case 1: return true
        case 0: return false
        default:
            tailCall(prelude("_set_add"), [sw, key], discard: true)
            return false
        }
    }

    /// set_insert_clean: into a table known to have no key equal to `key` and no dummies.
    func setInsertClean(_ table: ObjectRef, mask: Int, _ key: Word, _ h0: Int) {
        let h = tableHash(h0)
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            if table[ArrayField.fixedWords + 2 * i + 1].isNull { break }
            if i + Runtime.linearProbes <= mask {
                var found = false
                for _ in 0..<Runtime.linearProbes {
                    i += 1
                    if table[ArrayField.fixedWords + 2 * i + 1].isNull { found = true; break }
                }
                if found { break }
                i -= Runtime.linearProbes
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
        table[ArrayField.fixedWords + 2 * i] = .smallInt(h)
        table[ArrayField.fixedWords + 2 * i + 1] = key
    }

    /// set_table_resize: a table of the smallest power of two > minUsed (at least 8),
    /// keys reinserted in slot order, dummies dropped.
    @discardableResult
    func setTableResize(_ sw: Word, minUsed: Int) -> Bool {
        var newSize = Runtime.setMinSize
        while newSize <= minUsed { newSize <<= 1 }
        let s0 = SetView(sw)
        if newSize == Runtime.setMinSize && s0.size == Runtime.setMinSize && s0.fill == s0.used { return true }
        let m = vsp
        let ks = keep(sw)
        defer { release(to: m) }
        guard let table = newSetTable(size: newSize) else { return false }
        let s = SetView(kept(ks))
        let old = s.table
        let oldSize = s.size
        s.o[SetField.table] = table.word
        for j in 0..<oldSize {
            let k = old[ArrayField.fixedWords + 2 * j + 1]
            if k.isNull || k == .setDummy { continue }
            setInsertClean(table, mask: newSize - 1, k, old[ArrayField.fixedWords + 2 * j].smallIntValue)
        }
        s.setFill(s.used)
        return true
    }

    /// set_discard_entry: 1 removed, 0 absent, -1 guest comparison needed.
    func setDiscardEntry(_ sw: Word, _ key: Word, hash h: Int) -> Int {
        switch setLookup(sw, key, hash: h) {
        case .found(let i):
            let s = SetView(sw)
            s.set(i, .smallInt(-1), .setDummy)
            s.setUsed(s.used - 1)
            invalidateSetHash(s)
            return 1
        case .absent: return 0
        case .guest: return -1
        }
    }

    /// Empties a set (a fresh minimum-size table).
    func setClear(_ sw: Word) -> Bool {
        let k = keep(sw)
        defer { release(to: k) }
        guard let t = newSetTable(size: Runtime.setMinSize) else { return false }
        let s = SetView(kept(k))
        s.o[SetField.table] = t.word
        s.setUsed(0)
        s.setFill(0)
        invalidateSetHash(s)
        return true
    }

    func invalidateSetHash(_ s: SetView) {
        s.o.setRaw(SetField.hash, UInt64(bitPattern: -1))
    }

    // MARK: bulk operations

    /// Does every key of the set compare without guest code (so merges, copies and
    /// comparisons between such sets can run natively from start to end)?
    func setIsPlain(_ sw: Word) -> Bool {
        let s = SetView(sw)
        for i in 0..<s.size where s.isLive(i) {
            if !isPlainKey(s.keyAt(i)) { return false }
        }
        return true
    }

    /// set_merge: adds the keys of set `other` (plain keys: see setIsPlain).
    func setMerge(_ sw: Word, _ other: Word) -> Bool {
        let o0 = SetView(other)
        if sw == other || o0.used == 0 { return true }
        let m = vsp
        let ks = keep(sw), ko = keep(other)
        defer { release(to: m) }
        let s0 = SetView(sw)
        if (s0.fill + o0.used) * 5 >= s0.mask * 3 {
            guard setTableResize(kept(ks), minUsed: (s0.used + o0.used) * 2) else { return false }
        }
        let s = SetView(kept(ks)), o = SetView(kept(ko))
        if s.fill == 0 && s.mask == o.mask && o.fill == o.used {
            for i in 0..<o.size where !o.keyAt(i).isNull {
                s.set(i, o.hashAt(i), o.keyAt(i))
            }
            s.setFill(o.fill)
            s.setUsed(o.used)
            invalidateSetHash(s)
            return true
        }
        if s.fill == 0 {
            let table = s.table
            for i in 0..<o.size where o.isLive(i) {
                setInsertClean(table, mask: s.mask, o.keyAt(i), o.hashAt(i).smallIntValue)
            }
            s.setFill(o.used)
            s.setUsed(o.used)
            invalidateSetHash(s)
            return true
        }
        var i = 0
        while i < SetView(kept(ko)).size {
            let o2 = SetView(kept(ko))
            if o2.isLive(i) {
                guard setAddEntry(kept(ks), o2.keyAt(i), hash: o2.hashAt(i).smallIntValue, assumeNew: false) == 1 else { return false }
            }
            i += 1
        }
        return true
    }

    /// The dict case of set_update_internal: one resize up front, then the keys with
    /// their stored hashes.
    func setMergeDictKeys(_ sw: Word, _ dw: Word) -> Bool {
        let m = vsp
        let ks = keep(sw), kd = keep(dw)
        defer { release(to: m) }
        let n = DictView(dw).used
        let s0 = SetView(sw)
        if (s0.fill + n) * 5 >= s0.mask * 3 {
            guard setTableResize(kept(ks), minUsed: (s0.used + n) * 2) else { return false }
        }
        var e = 0
        while e < DictView(kept(kd)).filled {
            let d = DictView(kept(kd))
            let k = d.keyAt(e)
            if !k.isNull {
                guard setAddEntry(kept(ks), k, hash: d.hashAt(e)) == 1 else { return false }
            }
            e += 1
        }
        return true
    }

    /// set_update_internal natively: a set, a dict, or anything collectToStack reads.
    /// 1 done; 0 raised; -1 guest code is needed (the caller goes to the prelude; the
    /// set may hold some of the keys already, which re-adding leaves as they are).
    func setUpdateInternal(_ sw: Word, _ other: Word) -> Int {
        let ko = kindOf(other)
        if (ko == .set || ko == .frozenset) && ObjectRef(other).layout == LayoutID.set {
            if !(setIsPlain(sw) && setIsPlain(other)) { return -1 }
            return setMerge(sw, other) ? 1 : 0
        }
        if ko == .dict && isExact(other) {
            if !(setIsPlain(sw) && dictKeysArePlain(other)) { return -1 }
            return setMergeDictKeys(sw, other) ? 1 : 0
        }
        let m = vsp
        let ks = keep(sw)
        defer { release(to: m) }
        guard let (base, n) = collectToStack(other) else { return raising.isNull ? -1 : 0 }
        for k in 0..<n {
            let r = setAddKey(kept(ks), vs[base + k])
            if r != 1 { return r }
        }
        return 1
    }

    /// set.update(x) / `{*x}` for the interpreter: false on error or tail call.
    func setUpdate(_ sw: Word, _ iterable: Word) -> Bool {
        let m = vsp
        let ks = keep(sw), ki = keep(iterable)
        defer { release(to: m) }
        switch setUpdateInternal(sw, iterable) {
        case 1: return true
        case 0: return false
        default:
            if raising.isNull { tailCall(prelude("_set_update"), [kept(ks), kept(ki)], discard: true) }
            return false
        }
    }

    /// make_new_set(type, iterable) when no guest code is needed; nil with nothing
    /// raised when it is.
    func setCopy(_ sw: Word, frozen: Bool) -> Word? {
        let k = keep(sw)
        defer { release(to: k) }
        guard let r = newSet(frozen: frozen) else { return nil }
        let kr = keep(r)
        // Merging into an empty table never compares keys.
        guard setMerge(kept(kr), kept(k)) else { return nil }
        return kept(kr)
    }

    func setForEach(_ sw: Word, _ body: (Word) -> Void) {
        let s = SetView(sw)
        for i in 0..<s.size where s.isLive(i) { body(s.keyAt(i)) }
    }

    func setContains(_ sw: Word, _ key: Word) -> Word {
        // A set is looked for as the frozenset of its keys (by the prelude).
        if kindOf(key) == .set { return tailCall(prelude("_set_contains"), [sw, key]) }
        guard let h = keyHash(key) else {
            return raising.isNull ? tailCall(prelude("_set_contains"), [sw, key]) : .null
        }
        switch setLookup(sw, key, hash: h) {
        case .found: return .true
        case .absent: return .false
        case .guest: return tailCall(prelude("_set_contains"), [sw, key])
        }
    }

    /// frozenset_hash (CPython 3.11), cached in the set.
    func frozensetHash(_ sw: Word) -> Int {
        let s = SetView(sw)
        let cached = Int(Int64(bitPattern: s.o.raw(SetField.hash)))
        if cached != -1 { return cached }
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h &<< 16)) &* 3644798167 }
        // CPython xors in every slot's hash, then cancels the unused and deleted ones:
        // the live keys' hashes are what counts. The table keeps hashes in their 63-bit
        // form (tableHash); keys hashed natively give their full hash again.
        var hash: UInt = 0
        for i in 0..<s.size where s.isLive(i) {
            let eh = nativeHash(s.keyAt(i)) ?? s.hashAt(i).smallIntValue
            hash ^= shuffle(UInt(bitPattern: eh))
        }
        hash ^= (UInt(s.used) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        var r = Int(bitPattern: hash)
        if r == -1 { r = 590923713 }
        s.o.setRaw(SetField.hash, UInt64(bitPattern: Int64(r)))
        return r
    }
}
