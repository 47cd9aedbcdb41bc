// Calling a type: constructing built-in values natively, user class instances as
// object.__new__ plus an __init__ frame (return mode `initialize`), and type(name,
// bases, ns) — class creation with CPython's C3 method resolution order.

import WeftMemory

extension Runtime {
    func construct(_ cls: Word, base: Int, count: Int, kwnames: Word, destination: Int) -> Word {
        let t = TypeView(cls)
        if !isHeapType(cls), let ctor = builtinConstructor(cls) {
            return ctor(self, Args(base: base, count: count, kwnames: kwnames, destination: destination))
        }
        // Built-in exception classes are made like instances of user classes.
        guard isHeapType(cls) || t.kind == .exception else {
            return raise(types.typeError, "cannot create '\(t.nameString)' instances")
        }
        // A metaclass other than type: its __call__ decides.
        if typeOf(cls) != types.type {
            let call = lookupInType(typeOf(cls), dunder(.call))
            if !call.isNull && kindOf(call) == .function {
                let nb = insertArgument(cls, base: base, count: count)
                return invoke(call, base: nb, count: count + 1, kwnames: kwnames, destination: destination)
            }
        }
        let initMethod = lookupInType(cls, dunder(.init_))
        if !hasBuiltinNew(cls) || (t.kind != .object && t.kind != .exception) {
            // A __new__ written in Python (or a built-in base): the prelude follows type.__call__.
            let m = vsp
            let kc = keep(cls)
            guard let args = newTuple(fromStack: base, count: count - (kwnames.isNull ? 0 : TupleView(kwnames).count)) else { release(to: m); return .null }
            let ka = keep(args)
            var kw = Word.none
            if !kwnames.isNull {
                guard let d = kwargsDict(base: base, count: count, kwnames: kwnames) else { release(to: m); return .null }
                kw = d
            }
            let a = kept(ka), c = kept(kc)
            release(to: m)
            return tailCall(prelude("_type_call"), [c, a, kw])
        }
        let userInit = !initMethod.isNull && kindOf(initMethod) == .function
        if !userInit && count > 0 {
            if t.kind != .exception {
                return raise(types.typeError, "\(t.nameString)() takes no arguments")
            }
        }
        let m = vsp
        var cls = cls
        let isException = t.kind == .exception
        if isException && cls == types.osError { cls = osErrorSubclass(base: base, count: count, kwnames: kwnames) }
        let kc = keep(cls)
        guard let obj = newInstance(kept(kc)) else { release(to: m); return .null }
        let ko = keep(obj)
        if isException {
            let npos = count - (kwnames.isNull ? 0 : TupleView(kwnames).count)
            guard let args = newTuple(fromStack: base, count: npos) else { release(to: m); return .null }
            ObjectRef(kept(ko))[ExceptionField.args] = args
            if !kwnames.isNull && !userInit && !exceptionKeywords(kept(ko), base: base + npos, kwnames: kwnames) {
                release(to: m)
                return .null
            }
            if (3...5).contains(npos) && isInstance(kept(ko), types.osError) && !osErrorFilenames(kept(ko), base: base, count: npos) {
                release(to: m)
                return .null
            }
        }
        let o = kept(ko)
        release(to: m)
        guard userInit else { return o }
        // __init__(obj, *args) in a frame whose return delivers obj.
        let nb = insertArgument(o, base: base, count: count)
        // Looked up again: the allocations above may have moved the function.
        let initNow = lookupInType(typeOf(o), dunder(.init_))
        let r = callFunction(initNow, base: nb, count: count + 1, kwnames: kwnames, destination: destination)
        if r == .pushedFrame {
            let fr = ObjectRef(currentFrame)
            fr[FrameField.extra] = vs[nb]
            fr.setRaw(FrameField.returnTo, ReturnMode.initialize.rawValue | UInt64(max(destination, 0)) << 8)
        }
        return r
    }

    /// The native that makes instances of built-in type `cls`, if it has one (a
    /// direct-mapped cache in front of `constructors`).
    @inline(__always) func builtinConstructor(_ cls: Word) -> NativeFunction<GC>? {
        let slot = Int(truncatingIfNeeded: (cls.address >> 4) & 63)
        var entry = constructorCache[slot]
        if entry.key != cls.address {
            entry = (cls.address, constructors[cls.address])
            constructorCache[slot] = entry
        }
        return entry.native
    }

    /// Whether `cls`'s __new__ is a built-in one (object's, or a native class's), not
    /// one written in Python.
    @inline(__always) func hasBuiltinNew(_ cls: Word) -> Bool {
        let newMethod = lookupInType(cls, dunder(.new))
        return newMethod.isNull || kindOf(newMethod) == .builtin
            || (kindOf(newMethod) == .staticmethod && kindOf(ObjectRef(newMethod)[WrapperField.wrapped]) == .builtin)
    }

    /// The __init__ function of a class whose instances construct makes the plain way
    /// (metaclass type, object's __new__, an __init__ written in Python); null otherwise.
    @inline(__always) func plainInit(_ cls: Word) -> Word {
        guard isHeapType(cls) && typeOf(cls) == types.type && TypeView(cls).kind == .object && hasBuiltinNew(cls) else { return .null }
        let initMethod = lookupInType(cls, dunder(.init_))
        return initMethod.isPointer && ObjectRef(initMethod).layout == LayoutID.function ? initMethod : .null
    }

    /// The keyword arguments of a call as a dict.
    func kwargsDict(base: Int, count: Int, kwnames: Word) -> Word? {
        let m = vsp
        let kn = keep(kwnames)
        defer { release(to: m) }
        guard let d = newDict() else { return nil }
        let kd = keep(d)
        let names = TupleView(kept(kn))
        let npos = count - names.count
        for k in 0..<names.count {
            guard dictSetStr(kept(kd), TupleView(kept(kn))[k], vs[base + npos + k]) else { return nil }
        }
        return kept(kd)
    }

    /// type(name, bases, namespace): a new class. `meta` is its metaclass.
    func newClass(meta: Word, name: Word, bases: Word, namespace: Word) -> Word {
        let m = vsp
        let km = keep(meta), kn = keep(name), kb = keep(bases), kns = keep(namespace)
        defer { release(to: m) }
        var baseList = (0..<TupleView(bases).count).map { TupleView(bases)[$0] }
        if baseList.isEmpty { baseList = [types.object] }
        // The metaclass must derive from every base's (type_new's calculate_metaclass).
        var winner = meta
        for b in baseList {
            let tb = typeOf(b)
            if isSubtype(winner, tb) { continue }
            if isSubtype(tb, winner) { winner = tb; continue }
            return raise(types.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        for b in baseList where kindOf(b) != .type {
            return raise(types.typeError, "bases must be types")
        }
        for b in baseList where TypeView(b).flags & TypeFlags.baseType == 0 {
            return raise(types.typeError, "type '\(TypeView(b).nameString)' is not an acceptable base type")
        }
        // The instance layout: object's, an exception's, or a built-in type's (see
        // Subclasses.swift); bases must agree on it.
        var kind = Kind.object
        for b in baseList {
            let k = TypeView(b).kind
            if k == .object || k == kind { continue }
            guard k == .exception || Runtime.builtinLayout(of: k) != nil else {
                return raise(types.notImplementedError, "subclassing '\(TypeView(b).nameString)' is not supported by Weft yet")
            }
            if kind != .object { return raise(types.typeError, "multiple bases have instance lay-out conflict") }
            kind = k
        }
        for (i, b) in baseList.enumerated() where baseList[..<i].contains(b) {
            return raise(types.typeError, "duplicate base class \(TypeView(b).nameString)")
        }
        // __slots__ words: the base with the most; the others' must be its ancestors'.
        let slotBase = baseList.max { slotWords($0) < slotWords($1) }
        let baseSlotWords = slotBase.map(slotWords) ?? 0
        let slotMRO = slotBase.map { TupleView(TypeView($0).mro) }
        for b in baseList where slotWords(b) > 0 && !(0..<slotMRO!.count).contains(where: { slotMRO![$0] == b }) {
            return raise(types.typeError, "multiple bases have instance lay-out conflict")
        }
        let mro: [Word]
        switch c3(baseList) {
        case .success(let m): mro = m
        case .failure(let stuck):
            let names = stuck.heads.map { TypeView($0).nameString }.joined(separator: ", ")
            return raise(types.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
        }
        // Bases and MRO on the value stack: they move during the allocations below.
        let kbase = vsp
        for b in baseList { keep(b) }
        let kmro = vsp
        for b in mro { keep(b) }
        let nbases = baseList.count, nmro = mro.count
        guard let dict = copyDict(kept(kns)) else { return .null }
        let kd = keep(dict)
        // A class defining __eq__ but not __hash__ is unhashable (type_new sets __hash__ = None).
        if !dictGetStr(dict, dunder(.eq)).isNull && dictGetStr(dict, dunder(.hash)).isNull {
            guard dictSetStr(kept(kd), dunder(.hash), .none) else { return .null }
        }
        guard let t = allocate(LayoutID.type, bytes: TypeField.words * 8, cls: kept(km)) else { return .null }
        // Every traced field holds a value before the next allocation (the collector may run).
        for f in 2...TypeField.traced { t[f] = .none }
        let kt = keep(t.word)
        guard let basesTuple = newTuple(fromStack: kbase, count: nbases) else { return .null }
        ObjectRef(kept(kt))[TypeField.bases] = basesTuple
        let mb = vsp
        keep(kept(kt))
        for i in 0..<nmro { keep(vs[kmro + i]) }
        guard let mroTuple = newTuple(fromStack: mb, count: nmro + 1) else { return .null }
        release(to: mb)
        let o = ObjectRef(kept(kt))
        o[TypeField.mro] = mroTuple
        o[TypeField.name] = kept(kn)
        let qual = dictGetStr(kept(kd), dunder(.qualname))
        o[TypeField.qualname] = qual.isNull ? kept(kn) : qual
        if !qual.isNull { dictRemove(kept(kd), dunder(.qualname), hash: StrView(dunder(.qualname)).hash) }
        o[TypeField.dict] = kept(kd)
        let mod = dictGetStr(kept(kd), dunder(.module))
        o[TypeField.module] = mod.isNull ? intern("builtins") : mod
        o[TypeField.doc] = .none
        var flags = TypeFlags.heapType | TypeFlags.baseType
        let has: (String) -> Bool = { n in !self.lookupInType(self.kept(kt), self.intern(n)).isNull && !self.isObjectMethod(self.kept(kt), n) }
        if has("__del__") { flags |= TypeFlags.hasDel }
        if has("__getattr__") { flags |= TypeFlags.hasGetattr }
        if has("__getattribute__") { flags |= TypeFlags.hasGetattribute }
        if has("__setattr__") || has("__delattr__") { flags |= TypeFlags.hasSetattr }
        ObjectRef(kept(kt)).setRaw(TypeField.slotWords, UInt64(baseSlotWords))
        let slots = dictGetStr(kept(kd), dunder(.slots))
        if !slots.isNull {
            guard let hasDictSlot = installSlots(kt, slots) else { return .null }
            let basesHaveNoDict = (0..<nbases).allSatisfy { i in
                let b = vs[kbase + i]
                // Built-in types other than the exceptions give their instances no dict.
                return (!isHeapType(b) && TypeView(b).kind != .exception) || TypeView(b).flags & TypeFlags.noDict != 0
            }
            if !hasDictSlot && basesHaveNoDict && kind != .exception { flags |= TypeFlags.noDict }
        }
        // type_new: a class without a docstring (or __doc__ slot) has __doc__ None in its dict.
        if dictGetStr(kept(kd), dunder(.doc)).isNull {
            guard dictSetStr(kept(kd), dunder(.doc), .none) else { return .null }
        }
        ObjectRef(kept(kt)).setRaw(TypeField.flags, flags)
        ObjectRef(kept(kt)).setRaw(TypeField.kind, UInt64(kind.rawValue))
        ObjectRef(kept(kt)).setRaw(TypeField.rootMap, UInt64(maps.newRoot()))
        // Instances without a dict need no inline room for it.
        ObjectRef(kept(kt)).setRaw(TypeField.instanceSlots, flags & TypeFlags.noDict != 0 ? 0 : 4)
        // __classcell__ is the cell zero-argument super() reads.
        let cellKey = dunder(.classcell)
        let cell = dictGetStr(kept(kd), cellKey)
        if !cell.isNull && kindOf(cell) == .cell {
            ObjectRef(cell)[CellField.value] = kept(kt)
            dictRemove(kept(kd), cellKey, hash: StrView(cellKey).hash)
        }
        // A class defining __eq__ but not __hash__ is unhashable (type_new's __hash__ = None).
        if !dictGetStr(kept(kd), dunder(.eq)).isNull && dictGetStr(kept(kd), dunder(.hash)).isNull {
            guard dictSetStr(kept(kd), dunder(.hash), .none) else { return .null }
        }
        // Plain functions named __new__/__init_subclass__/__class_getitem__ are implicitly static/class methods.
        for (n, wrap) in [("__new__", types.staticmethod), ("__init_subclass__", types.classmethod), ("__class_getitem__", types.classmethod)] {
            let f = dictGetStr(kept(kd), intern(n))
            if !f.isNull && kindOf(f) == .function {
                guard let w = wrapFunction(f, wrap) else { return .null }
                _ = dictSetStr(ObjectRef(kept(kt))[TypeField.dict], intern(n), w)
            }
        }
        classVersion &+= 1
        return kept(kt)
    }

    @inline(__always) func slotWords(_ t: Word) -> Int { Int(ObjectRef(t).raw(TypeField.slotWords)) }

    /// __slots__: a member descriptor in the class dict for each name, naming a word of
    /// its own after the bases' (TypeField.slotWords grows). Returns whether '__dict__'
    /// is among them (nil after raising).
    func installSlots(_ kt: Int, _ slots: Word) -> Bool? {
        var names: [Word] = []
        switch kindOf(slots) {
        case .str: names = [slots]
        case .tuple: names = (0..<TupleView(slots).count).map { TupleView(slots)[$0] }
        case .list: names = (0..<ListView(slots).count).map { ListView(slots)[$0] }
        default:
            raise(types.typeError, "Weft supports __slots__ given as a str, tuple or list, not '\(typeName(slots))'")
            return nil
        }
        var hasDict = false
        let m = vsp
        defer { release(to: m) }
        for n in names { keep(n) }
        let className = TypeView(kept(kt)).nameString
        for k in 0..<names.count {
            let n = vs[m + k]
            guard kindOf(n) == .str else {
                raise(types.typeError, "__slots__ items must be strings, not '\(typeName(n))'")
                return nil
            }
            var s = StrView(n).string
            guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart,
                  s.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isXIDContinue }) else {
                raise(types.typeError, "__slots__ must be identifiers")
                return nil
            }
            if s == "__dict__" { hasDict = true; continue }
            if s == "__weakref__" { continue }
            if s.hasPrefix("__") && !s.hasSuffix("__") {
                let stripped = className.drop(while: { $0 == "_" })
                if !stripped.isEmpty { s = "_" + stripped + s }
            }
            let name = intern(s)
            let dict = TypeView(kept(kt)).dict
            if !dictGetStr(dict, name).isNull {
                raise(types.valueError, "'\(s)' in __slots__ conflicts with class variable")
                return nil
            }
            guard let d = allocate(LayoutID.member, bytes: MemberField.fixedWords * 8, cls: types.memberDescriptor) else { return nil }
            d[MemberField.name] = name
            d[MemberField.owner] = kept(kt)
            let t = ObjectRef(kept(kt))
            d.setRaw(MemberField.index, t.raw(TypeField.slotWords))
            t.setRaw(TypeField.slotWords, t.raw(TypeField.slotWords) + 1)
            guard dictSetStr(TypeView(kept(kt)).dict, name, d.word) else { return nil }
        }
        return hasDict
    }

    func wrapFunction(_ f: Word, _ cls: Word) -> Word? {
        let k = keep(f)
        defer { release(to: k) }
        guard let w = allocate(LayoutID.wrapper, bytes: WrapperField.fixedWords * 8, cls: cls) else { return nil }
        w[WrapperField.wrapped] = kept(k)
        return w.word
    }

    func copyDict(_ d: Word) -> Word? {
        let m = vsp
        let kd = keep(d)
        defer { release(to: m) }
        guard let n = newDict(capacity: DictView(d).used) else { return nil }
        let kn = keep(n)
        let count = DictView(kept(kd)).filled
        for e in 0..<count {
            let v = DictView(kept(kd))
            let key = v.keyAt(e)
            if key.isNull { continue }
            guard dictSet(kept(kn), key, v.valueAt(e), hash: v.hashAt(e)) else { return nil }
        }
        return kept(kn)
    }

    /// The lists C3 could not merge; their heads name the classes in the error.
    struct MROConflict: Error { var heads: [Word] }

    /// C3 linearization of the bases (the class itself excluded).
    func c3(_ bases: [Word]) -> Result<[Word], MROConflict> {
        var seqs: [[Word]] = bases.map { b in
            let t = TupleView(TypeView(b).mro)
            return (0..<t.count).map { t[$0] }
        }
        seqs.append(bases)
        var out: [Word] = []
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return .success(out) }
            var candidate: Word?
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(head) }) { candidate = head; break }
            }
            guard let c = candidate else {
                var heads: [Word] = []
                for s in seqs where !heads.contains(s[0]) { heads.append(s[0]) }
                return .failure(MROConflict(heads: heads))
            }
            out.append(c)
            for i in seqs.indices where seqs[i].first == c { seqs[i].removeFirst() }
        }
    }
}
