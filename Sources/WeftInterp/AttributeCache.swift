// Inline caches for `getattr` and `setattr` on instances of Python classes (as CPython's
// LOAD_ATTR_INSTANCE_VALUE / STORE_ATTR_INSTANCE_VALUE and PyPy's mapdict caches). Each
// instruction site owns `ways` entries (polymorphic: `self.x` in a base class's method
// sees the maps of several subclasses), named by the word after the instruction. An entry
// holds for one map — maps belong to one class (each class has its own root map), and
// say which attributes an instance has and where — and for one `classVersion`, bumped
// whenever any class's attributes change. So a hit needs no dict lookup at all: the
// instance's map id and the global version are compared, and the value is read at the
// slot the entry names. A miss runs the generic path (Attributes.swift) and refills.
//
// The entries live in one table outside the heap; their `value` words are roots.

import WeftMemory

struct AttributeCacheEntry {
    enum Kind: UInt8 {
        case empty = 0
        /// getattr: the instance's own attribute at `slot`.
        case instanceSlot
        /// getattr: a function found in the class: a new bound method of `value`.
        case method
        /// getattr: `value`, found in the class, returned as is.
        case classValue
        /// getattr: a native method descriptor found in the class (a method of a Python
        /// class written in Swift, like channel.send): a new bound built-in of `value`.
        case builtinMethod
        /// setattr: store at `slot`; the instance's map becomes `newMap` (a new
        /// attribute, or the same map for an update).
        case store
        /// getattr: the __slots__ word `slot` of the class's `slotWords` (null: unset,
        /// the slow path raises AttributeError).
        case member
        /// setattr: store into the __slots__ word `slot`.
        case memberStore
    }
    var map: UInt64 = 0
    var version: UInt64 = 0
    var slot: Int = 0
    var newMap: UInt64 = 0
    /// The class's __slots__ words, which follow the map's inline slots in an instance.
    var slotWords: Int = 0
    var kind: Kind = .empty
    var value: Word = .null

    /// Entries per instruction site (attributeCacheEntry checks this many).
    static var ways: Int { 4 }
}

extension Runtime {
    /// The first of the `ways` cache entries of a new instruction site (0, shared and
    /// never filled, once the table is full).
    func newAttributeCache() -> Int {
        let ways = AttributeCacheEntry.ways
        guard attributeCacheCount + ways <= Runtime.attributeCacheCapacity else { return 0 }
        attributeCacheCount += ways
        return attributeCacheCount - ways
    }

    /// The entry of site `k` that holds for `map`, if any (its version unchecked).
    @inline(__always) func attributeCacheEntry(_ k: Int, map: UInt64) -> UnsafeMutablePointer<AttributeCacheEntry>? {
        let e = attributeCaches + k
        if e[0].map == map { return e }
        if e[1].map == map { return e + 1 }
        if e[2].map == map { return e + 2 }
        if e[3].map == map { return e + 3 }
        return nil
    }

    /// Where site `k` keeps a new entry for `map`: the stale one for that map, an empty
    /// one, else the oldest (entries move down, the new one goes last).
    func attributeCacheVictim(_ k: Int, map: UInt64) -> UnsafeMutablePointer<AttributeCacheEntry> {
        let e = attributeCaches + k
        for i in 0..<AttributeCacheEntry.ways where e[i].kind == .empty || e[i].map == map { return e + i }
        for i in 1..<AttributeCacheEntry.ways { e[i - 1] = e[i] }
        return e + (AttributeCacheEntry.ways - 1)
    }

    /// Whether a class attribute takes precedence over an instance's own (property,
    /// __slots__ member, or an object whose class defines __set__ or __delete__), as
    /// genericGetAttribute decides.
    func isDataDescriptorForGet(_ descr: Word) -> Bool {
        switch kindOf(descr) {
        case .property, .member: return true
        case .object, .exception: return isHeapType(typeOf(descr)) && isDataDescriptorType(typeOf(descr))
        default: return false
        }
    }

    /// Fills entry `k` for `obj.name`, if the lookup is one the fast path can repeat.
    /// It looks only, never calls guest code or allocates.
    func fillGetAttributeCache(_ k: Int, _ obj: Word, _ name: Word) {
        guard k != 0, obj.isPointer else { return }
        let o = ObjectRef(obj)
        guard o.layout == LayoutID.instance else { return }
        let t = o[1]
        guard TypeView(t).flags & TypeFlags.hasGetattribute == 0 else { return }
        let map = o.raw(InstanceField.map)
        guard map != UInt64(MapTable.dictMode) else { return }
        let descr = lookupInType(t, name)
        var e = AttributeCacheEntry(map: map, version: classVersion, slotWords: slotWords(t))
        if !descr.isNull && kindOf(descr) == .member {
            // genericGetAttribute reads the word slotField names.
            guard slotField(obj, descr) != nil else { return }
            e.kind = .member
            e.slot = Int(ObjectRef(descr).raw(MemberField.index))
            attributeCacheVictim(k, map: map).pointee = e
            return
        }
        if !descr.isNull && isDataDescriptorForGet(descr) { return }
        if let s = maps.slot(Int(map), name) {
            e.kind = .instanceSlot
            e.slot = s
        } else if descr.isNull {
            return
        } else {
            switch kindOf(descr) {
            case .function: e.kind = .method; e.value = descr
            case .staticmethod: e.kind = .classValue; e.value = ObjectRef(descr)[WrapperField.wrapped]
            case .builtin where ObjectRef(descr)[1] == types.methodDescriptor:
                e.kind = .builtinMethod; e.value = descr
            case .builtin, .classmethod, .object, .exception: return
            default: e.kind = .classValue; e.value = descr    // bind() returns it as is
            }
        }
        attributeCacheVictim(k, map: map).pointee = e
    }

    /// setattr through entry `k`: the generic path, then a refill if the store was a
    /// plain one into an instance's map (no descriptor, no __setattr__).
    func setAttributeFilling(_ k: Int, _ obj: Word, _ name: Word, _ value: Word) -> Bool {
        guard k != 0, obj.isPointer, ObjectRef(obj).layout == LayoutID.instance else { return setAttribute(obj, name, value) }
        let t = typeOf(obj)
        let tv = TypeView(t)
        let oldMap = ObjectRef(obj).raw(InstanceField.map)
        guard tv.flags & TypeFlags.hasSetattr == 0 && oldMap != UInt64(MapTable.dictMode) else { return setAttribute(obj, name, value) }
        let descr = lookupInType(t, name)
        if !descr.isNull && kindOf(descr) == .member {
            // setAttribute stores into the word slotField names.
            if slotField(obj, descr) != nil {
                attributeCacheVictim(k, map: oldMap).pointee = AttributeCacheEntry(
                    map: oldMap, version: classVersion, slot: Int(ObjectRef(descr).raw(MemberField.index)), newMap: oldMap,
                    slotWords: slotWords(t), kind: .memberStore)
            }
            return setAttribute(obj, name, value)
        }
        if tv.flags & TypeFlags.noDict != 0 || !descr.isNull && (kindOf(descr) == .property || isHeapType(typeOf(descr)) && isDataDescriptorType(typeOf(descr))) {
            return setAttribute(obj, name, value)
        }
        let sw = slotWords(t)     // (t moves if the store allocates)
        let m = keep(obj)
        defer { release(to: m) }
        let version = classVersion
        guard setAttribute(obj, name, value) else { return false }
        let o = ObjectRef(kept(m))
        let newMap = o.raw(InstanceField.map)
        guard newMap != UInt64(MapTable.dictMode), version == classVersion, let s = maps.slot(Int(newMap), name) else { return true }
        attributeCacheVictim(k, map: oldMap).pointee = AttributeCacheEntry(map: oldMap, version: version, slot: s, newMap: newMap,
                                                 slotWords: sw, kind: .store)
        return true
    }

    /// callMethod at `start` (Opcodes.swift), on `obj`: the call of a cached method (a
    /// Python function, or a native method descriptor given obj first) without making a
    /// bound method, resuming after the call instruction; else nothing (`continueHere`:
    /// the getattr and call that follow run).
    func callCachedMethod(_ start: UnsafeMutablePointer<UInt64>, _ obj: Word) -> Word {
        let call = start + 3    // callMethod, getattr + its cache word, call + its arguments
        guard obj.isPointer && ObjectRef(obj).layout == LayoutID.instance,
              let e = attributeCacheEntry(Int(start[2]), map: ObjectRef(obj).raw(InstanceField.map)),
              (e.pointee.kind == .method || e.pointee.kind == .builtinMethod) && e.pointee.version == classVersion
        else { return .continueHere }
        let ins = call.pointee
        let count = Ins.c(ins), dst = Ins.a(ins)
        let fr = ObjectRef(currentFrame)
        fr.setRaw(FrameField.pc, UInt64(call + instructionLength(.call, ins) - codeTable[Int(fr.raw(FrameField.code))].code))
        let base = vsp
        let function = e.pointee.value
        keep(function)
        keep(obj)
        let r = regs
        for k in 0..<count { keep(r[packedRegister(call + 1, k)]) }
        var result: Word
        if e.pointee.kind == .builtinMethod {
            // As a bound built-in is called (Calls.swift invoke): the native, obj first.
            let id = Int(ObjectRef(function).raw(BuiltinField.native))
            result = natives[id](self, Args(base: base + 1, count: count + 1, kwnames: .null, destination: dst))
        } else {
            result = invoke(kept(base), base: base + 1, count: count + 1, kwnames: .null, destination: dst)
        }
        release(to: base)
        if result.isNull && raising.isNull && !tailCallee.isNull { result = performTailCall(destination: dst) }
        if result == .pushedFrame { return result }
        return store(dst, result)
    }

    /// The cached methods' and values' words, for the collector.
    func forEachAttributeCacheWord(_ visit: (UnsafeMutablePointer<Word>) -> Void) {
        var k = 1
        while k < attributeCacheCount {
            if attributeCaches[k].kind == .method || attributeCaches[k].kind == .classValue || attributeCaches[k].kind == .builtinMethod {
                let at = UnsafeMutableRawPointer(attributeCaches + k) + MemoryLayout<AttributeCacheEntry>.offset(of: \.value)!
                visit(at.assumingMemoryBound(to: Word.self))
            }
            k += 1
        }
    }
}

/// The cache of a loadGlobal site: where the name was found, for the globals dict's
/// version (and the builtins dict's, when it was there). Dict versions are unique among
/// all dicts and change with every change of keys, so matching versions mean the same
/// dict with the same keys at the same entries; the value is read from the entry.
struct GlobalCacheEntry {
    var globalsVersion: UInt64 = 0
    var builtinsVersion: UInt64 = 0
    /// The entry in globals (>= 0), or in builtins (-1 - entry).
    var index: Int = 0
}

extension Runtime {
    /// A new loadGlobal cache (0, shared and never filled, once the table is full).
    func newGlobalCache() -> Int {
        guard globalCacheCount < Runtime.attributeCacheCapacity else { return 0 }
        globalCacheCount += 1
        return globalCacheCount - 1
    }

    /// loadGlobal's lookup (globals, then builtins) that fills cache `k`; null if absent.
    func loadGlobalFilling(_ g: Word, _ name: Word, _ k: Int) -> Word {
        let h = StrView(name).hash
        let e = dictFind(g, name, h)
        if e >= 0 {
            if k != 0 { globalCaches[k] = GlobalCacheEntry(globalsVersion: ObjectRef(g).raw(DictField.version), index: e) }
            return DictView(g).valueAt(e)
        }
        let b = dictFind(builtinsDict, name, h)
        guard b >= 0 else { return .null }
        if k != 0 {
            globalCaches[k] = GlobalCacheEntry(globalsVersion: ObjectRef(g).raw(DictField.version),
                                               builtinsVersion: ObjectRef(builtinsDict).raw(DictField.version), index: -1 - b)
        }
        return DictView(builtinsDict).valueAt(b)
    }
}
