// Calling a type: constructing built-in values natively, user class instances as
// object.__new__ plus an __init__ frame (return mode `initialize`), and type(name,
// bases, ns) — class creation with CPython's C3 method resolution order.

import WeftMemory

extension Runtime {
    func construct(_ cls: Word, base: Int, count: Int, kwnames: Word, destination: Int) -> Word {
        let t = TypeView(cls)
        if let ctor = constructors[cls.address], !isHeapType(cls) {
            return ctor(self, Args(base: base, count: count, kwnames: kwnames, destination: destination))
        }
        if !isHeapType(cls) && t.kind == .exception {
            // A built-in exception: args is the tuple of positional arguments.
            let m = vsp
            let npos = count - (kwnames.isNull ? 0 : TupleView(kwnames).count)
            if npos < count {
                let n = StrView(TupleView(kwnames)[0]).string
                return raise(types.typeError, "\(t.nameString)() takes no keyword arguments" + (n.isEmpty ? "" : ""))
            }
            let kc = keep(cls)
            guard let args = newTuple(fromStack: base, count: npos) else { release(to: m); return .null }
            let e = newException(kept(kc), args: args)
            release(to: m)
            return e ?? .null
        }
        guard isHeapType(cls) else {
            return raise(types.typeError, "cannot create '\(t.nameString)' instances")
        }
        // A metaclass other than type: its __call__ decides.
        if typeOf(cls) != types.type {
            let call = lookupInType(typeOf(cls), intern("__call__"))
            if !call.isNull && kindOf(call) == .function {
                let nb = insertArgument(cls, base: base, count: count)
                return invoke(call, base: nb, count: count + 1, kwnames: kwnames, destination: destination)
            }
        }
        let newMethod = lookupInType(cls, intern("__new__"))
        let initMethod = lookupInType(cls, intern("__init__"))
        let defaultNew = newMethod.isNull || kindOf(newMethod) == .builtin
            || (kindOf(newMethod) == .staticmethod && kindOf(ObjectRef(newMethod)[WrapperField.wrapped]) == .builtin)
        if !defaultNew || (t.kind != .object && t.kind != .exception) {
            // A __new__ written in Python (or a built-in base): the prelude follows type.__call__.
            let m = vsp
            guard let args = newTuple(fromStack: base, count: count - (kwnames.isNull ? 0 : TupleView(kwnames).count)) else { return .null }
            let ka = keep(args)
            var kw = Word.none
            if !kwnames.isNull {
                guard let d = kwargsDict(base: base, count: count, kwnames: kwnames) else { release(to: m); return .null }
                kw = d
            }
            let a = kept(ka)
            release(to: m)
            return tailCall(prelude("_type_call"), [cls, a, kw])
        }
        let userInit = !initMethod.isNull && kindOf(initMethod) == .function
        if !userInit && count > 0 {
            if t.kind != .exception {
                return raise(types.typeError, "\(t.nameString)() takes no arguments")
            }
        }
        let m = vsp
        let kc = keep(cls)
        let ki = keep(initMethod)
        let isException = t.kind == .exception
        guard let obj = newInstance(kept(kc)) else { release(to: m); return .null }
        let ko = keep(obj)
        if isException {
            let npos = count - (kwnames.isNull ? 0 : TupleView(kwnames).count)
            guard let args = newTuple(fromStack: base, count: npos) else { release(to: m); return .null }
            ObjectRef(kept(ko))[ExceptionField.args] = args
        }
        let o = kept(ko)
        let initFn = kept(ki)
        release(to: m)
        guard userInit else { return o }
        // __init__(obj, *args) in a frame whose return delivers obj.
        let nb = insertArgument(o, base: base, count: count)
        let r = callFunction(initFn, base: nb, count: count + 1, kwnames: kwnames, destination: destination)
        if r == .pushedFrame {
            let fr = ObjectRef(currentFrame)
            fr[FrameField.extra] = vs[nb]
            fr.setRaw(FrameField.returnTo, ReturnMode.initialize.rawValue | UInt64(max(destination, 0)) << 8)
        }
        return r
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
        for b in baseList where kindOf(b) != .type {
            return raise(types.typeError, "bases must be types")
        }
        for b in baseList where TypeView(b).flags & TypeFlags.baseType == 0 {
            return raise(types.typeError, "type '\(TypeView(b).nameString)' is not an acceptable base type")
        }
        // The instance layout: object, or exception; other built-in bases are not yet supported.
        var kind = Kind.object
        for b in baseList {
            let k = TypeView(b).kind
            if k == .exception { kind = .exception }
            else if k != .object {
                return raise(types.notImplementedError, "subclassing '\(TypeView(b).nameString)' is not supported by Weft yet")
            }
        }
        guard let mro = c3(baseList) else {
            let names = baseList.map { TypeView($0).nameString }.joined(separator: ", ")
            return raise(types.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
        }
        guard let dict = copyDict(kept(kns)) else { return .null }
        let kd = keep(dict)
        guard let t = allocate(LayoutID.type, bytes: TypeField.words * 8, cls: kept(km)) else { return .null }
        for f in 2...TypeField.traced { t[f] = .none }
        let kt = keep(t.word)
        let tb = keep(kept(kt))
        for b in baseList { keep(b) }
        guard let basesTuple = newTuple(fromStack: tb + 1, count: baseList.count) else { return .null }
        release(to: tb)
        ObjectRef(kept(kt))[TypeField.bases] = basesTuple
        let mb = vsp
        keep(kept(kt))
        for b in mro { keep(b) }
        guard let mroTuple = newTuple(fromStack: mb, count: mro.count + 1) else { return .null }
        release(to: mb)
        let o = ObjectRef(kept(kt))
        o[TypeField.mro] = mroTuple
        o[TypeField.name] = kept(kn)
        let qual = dictGetStr(kept(kd), intern("__qualname__"))
        o[TypeField.qualname] = qual.isNull ? kept(kn) : qual
        if !qual.isNull { dictRemove(kept(kd), intern("__qualname__"), hash: StrView(intern("__qualname__")).hash) }
        o[TypeField.dict] = kept(kd)
        let mod = dictGetStr(kept(kd), intern("__module__"))
        o[TypeField.module] = mod.isNull ? intern("builtins") : mod
        o[TypeField.doc] = .none
        var flags = TypeFlags.heapType | TypeFlags.baseType
        let has: (String) -> Bool = { n in !self.lookupInType(self.kept(kt), self.intern(n)).isNull && !self.isObjectMethod(self.kept(kt), n) }
        if has("__del__") { flags |= TypeFlags.hasDel }
        if has("__getattr__") { flags |= TypeFlags.hasGetattr }
        if has("__setattr__") || has("__delattr__") { flags |= TypeFlags.hasSetattr }
        o.setRaw(TypeField.flags, flags)
        o.setRaw(TypeField.kind, UInt64(kind.rawValue))
        o.setRaw(TypeField.rootMap, UInt64(maps.newRoot()))
        o.setRaw(TypeField.instanceSlots, 4)
        // __classcell__ is the cell zero-argument super() reads.
        let cellKey = intern("__classcell__")
        let cell = dictGetStr(kept(kd), cellKey)
        if !cell.isNull && kindOf(cell) == .cell {
            ObjectRef(cell)[CellField.value] = kept(kt)
            dictRemove(kept(kd), cellKey, hash: StrView(cellKey).hash)
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

    /// C3 linearization of the bases (the class itself excluded); nil if inconsistent.
    func c3(_ bases: [Word]) -> [Word]? {
        var seqs: [[Word]] = bases.map { b in
            let t = TupleView(TypeView(b).mro)
            return (0..<t.count).map { t[$0] }
        }
        seqs.append(bases)
        var out: [Word] = []
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return out }
            var candidate: Word?
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(head) }) { candidate = head; break }
            }
            guard let c = candidate else { return nil }
            out.append(c)
            for i in seqs.indices where seqs[i].first == c { seqs[i].removeFirst() }
        }
    }
}
