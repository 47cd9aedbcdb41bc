// Maps (hidden classes, as PyPy's mapdict and V8): instances of a class that got the
// same attributes in the same order share a map, which says where each attribute is
// stored; the instance itself holds only the values. Attribute names are interned strs,
// so a map's tables key on their (immortal, fixed) addresses. Map ids are small ints
// held raw in instances; inline caches key on them. Deleting an attribute (or too many)
// turns an instance's storage into a plain dict (map id `dictMode`).

import WeftMemory

struct MapTable {
    struct Entry {
        var count: Int
        var slots: [UInt: Int] = [:]
        var names: [Word] = []
        var transitions: [UInt: Int] = [:]
    }
    var entries: [Entry] = []
    static let dictMode = 0xFFFF_FFFF
    static let maxAttributes = 64

    mutating func newRoot() -> Int {
        entries.append(Entry(count: 0))
        return entries.count - 1
    }

    @inline(__always) func slot(_ map: Int, _ name: Word) -> Int? {
        // Small maps (most) are scanned: cheaper than hashing the name.
        entries.withUnsafeBufferPointer { e in
            let n = e[map].count
            if n <= 8 {
                return e[map].names.withUnsafeBufferPointer { names in
                    for k in 0..<n where names[k] == name { return k }
                    return nil
                }
            }
            return e[map].slots[name.address]
        }
    }

    /// The map after adding `name` (an interned str) to `map`.
    mutating func adding(_ map: Int, _ name: Word) -> Int {
        if let t = entries[map].transitions[name.address] { return t }
        var e = entries[map]
        e.slots[name.address] = e.count
        e.names.append(name)
        e.count += 1
        e.transitions = [:]
        entries.append(e)
        let id = entries.count - 1
        entries[map].transitions[name.address] = id
        return id
    }
}

extension Runtime {
    /// A new instance of user class `cls` (layout instance or exception).
    func newInstance(_ cls: Word) -> Word? {
        let t = TypeView(cls)
        // The map's inline slots, then the __slots__ words.
        let inline = Int(t.o.raw(TypeField.instanceSlots)) + slotWords(cls)
        let isException = t.kind == .exception
        let fixed = isException ? ExceptionField.fixedWords : InstanceField.fixedWords
        guard let o = allocate(isException ? LayoutID.exception : LayoutID.instance, bytes: (fixed + inline) * 8, cls: cls) else { return nil }
        let root = ObjectRef(o[1]).raw(TypeField.rootMap)
        if isException {
            o[ExceptionField.args] = .null
            o[ExceptionField.traceback] = .none
            o[ExceptionField.cause] = .none
            o[ExceptionField.context] = .none
            o[ExceptionField.overflow] = .null
            o.setRaw(ExceptionField.map, root)
            o.setRaw(ExceptionField.suppressContext, 0)
            o.setRaw(ExceptionField.inlineCount, UInt64(inline))
        } else {
            o[InstanceField.overflow] = .null
            o.setRaw(InstanceField.map, root)
            o.setRaw(InstanceField.inlineCount, UInt64(inline))
        }
        for k in 0..<inline { o[fixed + k] = .null }
        if TypeView(o[1]).flags & TypeFlags.hasDel != 0 { gc.registerFinalizer(o.word) }  // the class may have moved
        return o.word
    }

    /// Where an object keeps its attributes, if it has any: (map field, overflow field,
    /// inline count field, first inline slot).
    @inline(__always) func attributeFields(_ o: ObjectRef) -> (map: Int, overflow: Int, inline: Int, first: Int)? {
        switch o.layout {
        case LayoutID.instance: return (InstanceField.map, InstanceField.overflow, InstanceField.inlineCount, InstanceField.fixedWords)
        case LayoutID.exception: return (ExceptionField.map, ExceptionField.overflow, ExceptionField.inlineCount, ExceptionField.fixedWords)
        default: return nil
        }
    }

    /// The inline words of an object's map: those after its fixed fields, less its
    /// class's __slots__ words at the end.
    @inline(__always) func mapInline(_ o: ObjectRef, _ f: (map: Int, overflow: Int, inline: Int, first: Int)) -> Int {
        Int(o.raw(f.inline)) - slotWords(o[1])
    }

    /// The field of `obj` that __slots__ member `member` names (nil if obj has no such
    /// word: instances of built-in subclasses keep slot values with their attributes).
    func slotField(_ obj: Word, _ member: Word) -> Int? {
        guard obj.isPointer else { return nil }
        let o = ObjectRef(obj)
        guard let f = attributeFields(o) else { return nil }
        let n = slotWords(o[1]), k = Int(ObjectRef(member).raw(MemberField.index))
        guard k < n else { return nil }
        return f.first + Int(o.raw(f.inline)) - n + k
    }

    /// An instance attribute (null if absent). `name` must be interned.
    func instanceGet(_ w: Word, _ name: Word) -> Word {
        guard w.isPointer else { return .null }   // small ints, floats, None...
        let o = ObjectRef(w)
        guard let f = attributeFields(o) else {
            guard let i = subclassDictIndex(o), !o[i].isNull else { return .null }
            return dictGetStr(o[i], name)
        }
        let map = Int(o.raw(f.map))
        if map == MapTable.dictMode {
            // (Built-in objects made with this layout, like sys.stdout, have no dict.)
            let d = o[f.overflow]
            return d.isNull ? .null : dictGetStr(d, name)
        }
        guard let s = maps.slot(map, name) else { return .null }
        let inline = mapInline(o, f)
        return s < inline ? o[f.first + s] : ObjectRef(o[f.overflow])[ArrayField.fixedWords + s - inline]
    }

    /// Sets an instance attribute; false if the object has no attribute storage (or
    /// memory ran out — then MemoryError is raised).
    func instanceSet(_ w: Word, _ name: Word, _ value: Word) -> Bool {
        guard w.isPointer else { return false }
        var o = ObjectRef(w)
        guard let f = attributeFields(o) else {
            guard subclassDictIndex(o) != nil else { return false }
            let m = vsp
            let kn = keep(name), kv = keep(value)
            defer { release(to: m) }
            guard let d = subclassDict(w) else { return false }
            return dictSetStr(d, kept(kn), kept(kv))
        }
        let map = Int(o.raw(f.map))
        if map == MapTable.dictMode {
            let d = o[f.overflow]
            if d.isNull {
                raise(types.attributeError, "'\(typeName(w))' object attribute '\(StrView(name).string)' is read-only")
                return false
            }
            return dictSetStr(d, name, value)
        }
        let inline = mapInline(o, f)
        if let s = maps.slot(map, name) {
            if s < inline { o[f.first + s] = value } else { ObjectRef(o[f.overflow])[ArrayField.fixedWords + s - inline] = value }
            return true
        }
        let count = maps.entries[map].count
        if count >= MapTable.maxAttributes {
            let m = vsp
            let k = keep(w), kv = keep(value)
            defer { release(to: m) }
            guard toDictMode(kept(k)) else { return false }
            return instanceSet(kept(k), name, kept(kv))
        }
        let newMap = maps.adding(map, name)
        if count < inline {
            o[f.first + count] = value
        } else {
            // The overflow array grows by doubling.
            let over = count - inline
            let arr = o[f.overflow]
            if arr.isNull || Int(ObjectRef(arr).raw(ArrayField.capacity)) <= over {
                let m = vsp
                let ko = keep(w), kv = keep(value)
                let cap = max(4, over * 2)
                guard let na = allocate(LayoutID.values, bytes: (ArrayField.fixedWords + cap) * 8, cls: .none) else { release(to: m); return false }
                na.setRaw(ArrayField.capacity, UInt64(cap))
                o = ObjectRef(kept(ko))
                let old = o[f.overflow]
                for k in 0..<cap { na[ArrayField.fixedWords + k] = k < over && !old.isNull ? ObjectRef(old)[ArrayField.fixedWords + k] : .null }
                o[f.overflow] = na.word
                let v = kept(kv)
                release(to: m)
                ObjectRef(o[f.overflow])[ArrayField.fixedWords + over] = v
                // Future instances of this class get more inline room.
                let t = ObjectRef(o[1])
                if !isImmortal(t.word) { t.setRaw(TypeField.instanceSlots, UInt64(min(count + 1, 16))) }
            } else {
                ObjectRef(arr)[ArrayField.fixedWords + over] = value
            }
        }
        o.setRaw(f.map, UInt64(newMap))
        return true
    }

    /// Deletes an instance attribute; false if it was absent.
    func instanceDelete(_ w: Word, _ name: Word) -> Bool {
        guard instanceGet(w, name) != .null else { return false }
        if let i = subclassDictIndex(ObjectRef(w)) {
            return !dictRemove(ObjectRef(w)[i], name, hash: StrView(name).hash).isNull
        }
        let k = keep(w)
        defer { release(to: k) }
        guard toDictMode(w) else { return false }
        let o = ObjectRef(kept(k))
        let f = attributeFields(o)!
        return !dictRemove(o[f.overflow], name, hash: StrView(name).hash).isNull
    }

    /// Moves an instance's attributes into a dict (kept in the overflow field).
    func toDictMode(_ w: Word) -> Bool {
        let o0 = ObjectRef(w)
        let f = attributeFields(o0)!
        if Int(o0.raw(f.map)) == MapTable.dictMode { return true }
        let m = vsp
        let ko = keep(w)
        defer { release(to: m) }
        guard let d = newDict() else { return false }
        let kd = keep(d)
        let o = ObjectRef(kept(ko))
        let map = Int(o.raw(f.map))
        let names = maps.entries[map].names
        for name in names {
            let v = instanceGet(kept(ko), name)
            guard dictSetStr(kept(kd), name, v) else { return false }
        }
        let o2 = ObjectRef(kept(ko))
        o2[f.overflow] = kept(kd)
        o2.setRaw(f.map, UInt64(MapTable.dictMode))
        let inline = mapInline(o2, f)
        for k in 0..<inline { o2[f.first + k] = .null }
        return true
    }
}
