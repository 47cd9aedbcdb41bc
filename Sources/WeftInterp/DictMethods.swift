// The methods of dict and of its views (dict_keys, dict_values, dict_items), and their
// reverse iterators. Keys are looked up natively; a key whose __hash__ or __eq__ is
// written in Python sends the operation to the prelude (`_dict_*`), which compares with
// guest calls and then stores through the `_weft.dict_*` primitives by identity.

import WeftMemory

extension Runtime {
    /// Finds `key` (hash `h`): its entry, absent, or guest (a comparison needs guest code).
    func dictLookup(_ dw: Word, _ key: Word, hash h0: Int) -> LookupResult {
        let h = tableHash(h0)
        let d = DictView(dw)
        let mask = d.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while true {
            let ix = d.index(i)
            if ix == -1 { return .absent }
            if ix >= 0 {
                let e = Int(ix)
                let k = d.keyAt(e)
                if k == key { return .found(e) }
                if d.hashAt(e) == h {
                    guard let eq = nativeEqualOrNil(k, key) else { return .guest }
                    if eq { return .found(e) }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    /// The keys with hash `h` along the probe sequence, in lookup order.
    func dictCandidates(_ dw: Word, hash h0: Int) -> [Word] {
        let h = tableHash(h0)
        let d = DictView(dw)
        let mask = d.size - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        var out: [Word] = []
        while true {
            let ix = d.index(i)
            if ix == -1 { return out }
            if ix >= 0 && d.hashAt(Int(ix)) == h { out.append(d.keyAt(Int(ix))) }
            perturb >>= 5
            i = (i &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    /// d[key] natively: the value, null with KeyError raised, or null with a tail call
    /// to the prelude (guest hash or equality).
    func dictSubscript(_ dw: Word, _ key: Word) -> Word {
        guard let h = keyHash(key) else {
            return raising.isNull ? tailCall(prelude("_dict_getitem"), [dw, key]) : .null
        }
        switch dictLookup(dw, key, hash: h) {
        case .found(let e): return DictView(dw).valueAt(e)
        case .absent: return dictMissing(dw, key)
        case .guest: return tailCall(prelude("_dict_getitem"), [dw, key])
        }
    }

    /// d[key] of an absent key: a subclass's __missing__(key), else KeyError (dict_subscript).
    func dictMissing(_ dw: Word, _ key: Word) -> Word {
        if !isExact(dw) {
            let miss = lookupInType(typeOf(dw), dunder(.missing))
            if !miss.isNull { return tailCall(miss, [dw, key]) }
        }
        return raiseKeyError(key)
    }

    /// The entry of a key, -1 if absent; nil: raised, or guest code needed (nothing raised).
    func dictEntry(_ dw: Word, _ key: Word) -> Int? {
        guard let h = keyHash(key) else { return nil }
        switch dictLookup(dw, key, hash: h) {
        case .found(let e): return e
        case .absent: return -1
        case .guest: return nil
        }
    }

    /// PyDict_Merge(a, b, override=1) for two dicts with plain keys: b's entries in
    /// order, with their stored hashes.
    func dictMergeNative(_ aw: Word, _ bw: Word) -> Bool {
        let m = vsp
        let ka = keep(aw), kb = keep(bw)
        defer { release(to: m) }
        if aw == bw { return true }
        var e = 0
        while e < DictView(kept(kb)).filled {
            let b = DictView(kept(kb))
            let k = b.keyAt(e)
            if !k.isNull {
                let h = b.hashAt(e)
                switch dictLookup(kept(ka), k, hash: h) {
                case .found(let f): DictView(kept(ka)).setValue(f, b.valueAt(e))
                default: guard dictSet(kept(ka), k, b.valueAt(e), hash: h) else { return false }
                }
            }
            e += 1
        }
        return true
    }

    /// dict.update(x) / dict(x) natively: a dict with plain keys, or a list or tuple of
    /// pairs (2-tuples or 2-lists). 1 done, 0 raised, -1 the prelude must do it.
    func dictUpdateArg(_ kd: Int, _ other: Word) -> Int {
        let ko = kindOf(other)
        if ko == .dict && isExact(other) {
            guard dictKeysArePlain(kept(kd)) && dictKeysArePlain(other) else { return -1 }
            return dictMergeNative(kept(kd), other) ? 1 : 0
        }
        guard (ko == .list || ko == .tuple) && isExact(other) else { return -1 }
        let m = vsp
        defer { release(to: m) }
        guard let (base, n) = collectToStack(other) else { return raising.isNull ? -1 : 0 }
        for i in 0..<n {
            let item = vs[base + i]
            let ki = kindOf(item)
            guard (ki == .tuple || ki == .list) && isExact(item) else { return -1 }
            let count = ki == .tuple ? TupleView(item).count : ListView(item).count
            if count != 2 {
                raise(types.valueError, "dictionary update sequence element #\(i) has length \(count); 2 is required")
                return 0
            }
            let key = ki == .tuple ? TupleView(item)[0] : ListView(item)[0]
            let value = ki == .tuple ? TupleView(item)[1] : ListView(item)[1]
            guard isPlainKey(key) else { return -1 }
            guard let h = keyHash(key) else { return 0 }
            switch dictLookup(kept(kd), key, hash: h) {
            case .found(let e): DictView(kept(kd)).setValue(e, value)
            case .absent: guard dictSet(kept(kd), key, value, hash: h) else { return 0 }
            case .guest: return -1
            }
        }
        return 1
    }

    /// Pushes the names of a call's keyword arguments (Args.kwnames is no root: a
    /// kwnames tuple made by f(**d) moves at the first allocation). Returns the slot of
    /// the first; the values are the last arguments, in the same order.
    func keepKeywordNames(_ a: Args) -> (base: Int, count: Int) {
        let base = vsp
        guard !a.kwnames.isNull else { return (base, 0) }
        let t = TupleView(a.kwnames)
        for k in 0..<t.count { keep(t[k]) }
        return (base, t.count)
    }

    /// Keyword arguments into a dict (update(**kw), dict(**kw)); names from keepKeywordNames.
    func dictStoreKeywords(_ kd: Int, _ a: Args, names: (base: Int, count: Int)) -> Bool {
        let npos = positionalCount(a)
        for k in 0..<names.count {
            guard dictStore(kept(kd), vs[names.base + k], arg(a, npos + k)) else { return false }
        }
        return true
    }

    /// `x in view`: keys by lookup; items by lookup and value equality; values by search.
    func dictViewContains(_ v: Word, _ x: Word) -> Word {
        let d = viewDict(v)
        let cls = typeOf(v)
        if cls == types.dictKeys {
            guard let e = dictEntry(d, x) else {
                return raising.isNull ? tailCall(prelude("_dictview_contains"), [v, x]) : .null
            }
            return .bool(e >= 0)
        }
        if cls == types.dictItems {
            guard kindOf(x) == .tuple && TupleView(x).count == 2 else { return .false }
            guard let e = dictEntry(d, TupleView(x)[0]) else {
                return raising.isNull ? tailCall(prelude("_dictview_contains"), [v, x]) : .null
            }
            if e < 0 { return .false }
            let found = DictView(d).valueAt(e), want = TupleView(x)[1]
            if found == want { return .true }
            guard let eq = nativeEqualOrNil(found, want) else { return tailCall(prelude("_dictview_contains"), [v, x]) }
            return .bool(eq)
        }
        let dv = DictView(d)
        for e in 0..<dv.filled where !dv.keyAt(e).isNull {
            let item = dv.valueAt(e)
            if item == x { return .true }
            guard let eq = nativeEqualOrNil(item, x) else { return tailCall(prelude("_dictview_contains"), [v, x]) }
            if eq { return .true }
        }
        return .false
    }

    /// The view's dict.
    @inline(__always) func viewDict(_ v: Word) -> Word { ObjectRef(v)[IteratorField.a] }

    func registerDictMethods() {
        types.dictReverseKeyIterator = makeBuiltinType("dict_reversekeyiterator", base: types.object, kind: .iterator, flags: 0)
        types.dictReverseValueIterator = makeBuiltinType("dict_reversevalueiterator", base: types.object, kind: .iterator, flags: 0)
        types.dictReverseItemIterator = makeBuiltinType("dict_reverseitemiterator", base: types.object, kind: .iterator, flags: 0)
        for cls in [types.dictReverseKeyIterator, types.dictReverseValueIterator, types.dictReverseItemIterator] {
            extraIterators[cls.address] = { rt, itw in rt.dictReverseNext(itw) }
        }
        for cls in [types.dictKeyIterator, types.dictValueIterator, types.dictItemIterator, types.dictReverseKeyIterator,
                    types.dictReverseValueIterator, types.dictReverseItemIterator, types.setIterator] {
            registerIteratorProtocol(cls)
        }

        let d = types.dict
        func method(_ name: String, _ fn: @escaping NativeFunction<GC>) { defineMethod(d, name, fn) }
        method("__getitem__") { rt, a in
            guard rt.methodArgs(a, "dict.__getitem__", 1, 1) else { return .null }
            return rt.dictSubscript(rt.arg(a, 0), rt.arg(a, 1))
        }
        method("__setitem__") { rt, a in
            guard rt.methodArgs(a, "dict.__setitem__", 2, 2) else { return .null }
            if rt.dictStore(rt.arg(a, 0), rt.arg(a, 1), rt.arg(a, 2)) { return .none }
            if !rt.tailCallee.isNull { rt.tailDiscard = false; return rt.tailCall(rt.prelude("_dict_setitem"), [rt.arg(a, 0), rt.arg(a, 1), rt.arg(a, 2)]) }
            return .null
        }
        method("__delitem__") { rt, a in
            guard rt.methodArgs(a, "dict.__delitem__", 1, 1) else { return .null }
            if rt.dictDeleteItem(rt.arg(a, 0), rt.arg(a, 1)) { return .none }
            if !rt.tailCallee.isNull { rt.tailDiscard = false; return rt.tailCall(rt.prelude("_dict_delitem"), [rt.arg(a, 0), rt.arg(a, 1)]) }
            return .null
        }
        method("__contains__") { rt, a in
            guard rt.methodArgs(a, "dict.__contains__", 1, 1) else { return .null }
            return rt.builtinContains(rt.arg(a, 0), rt.arg(a, 1)) ?? .null
        }
        method("__len__") { rt, a in
            guard rt.methodArgs(a, "dict.__len__", 0, 0) else { return .null }
            return .smallInt(DictView(rt.arg(a, 0)).used)
        }
        method("__iter__") { rt, a in
            guard rt.methodArgs(a, "dict.__iter__", 0, 0) else { return .null }
            return rt.newDictIterator(rt.types.dictKeyIterator, rt.arg(a, 0)) ?? .null
        }
        method("__reversed__") { rt, a in
            guard rt.methodArgs(a, "dict.__reversed__", 0, 0) else { return .null }
            return rt.newDictIterator(rt.types.dictReverseKeyIterator, rt.arg(a, 0)) ?? .null
        }
        method("__repr__") { rt, a in
            if let s = rt.reprString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
            return rt.tailCall(rt.prelude("_dict_repr"), [rt.arg(a, 0)])
        }
        for (name, op) in [("__eq__", CompareKind.eq), ("__ne__", .ne)] {
            method(name) { rt, a in
                guard rt.methodArgs(a, "dict.\(name)", 1, 1) else { return .null }
                let x = rt.arg(a, 0), y = rt.arg(a, 1)
                guard rt.kindOf(y) == .dict else { return .notImplemented }
                if let r = rt.dictEqualOrNil(x, y) { return .bool(op == .eq ? r : !r) }
                return rt.tailCall(rt.prelude("_dict_eq"), [x, y, .bool(op == .ne)])
            }
        }
        for (name, reflected) in [("__or__", false), ("__ror__", true)] {
            method(name) { rt, a in
                guard rt.methodArgs(a, "dict.\(name)", 1, 1) else { return .null }
                let x = reflected ? rt.arg(a, 1) : rt.arg(a, 0), y = reflected ? rt.arg(a, 0) : rt.arg(a, 1)
                guard rt.kindOf(x) == .dict && rt.kindOf(y) == .dict else { return .notImplemented }
                if let r = rt.collectionBinary(.or, x, y) { return r }
                return rt.tailCall(rt.prelude("_dict_or"), [x, y])
            }
        }
        method("__ior__") { rt, a in
            guard rt.methodArgs(a, "dict.__ior__", 1, 1) else { return .null }
            return rt.collectionInplace(.or, rt.arg(a, 0), rt.arg(a, 1)) ?? .null
        }
        method("get") { rt, a in
            guard rt.methodArgs(a, "dict.get", 1, 2) else { return .null }
            let dflt = rt.positionalCount(a) > 2 ? rt.arg(a, 2) : Word.none
            guard let e = rt.dictEntry(rt.arg(a, 0), rt.arg(a, 1)) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_dict_get"), [rt.arg(a, 0), rt.arg(a, 1), dflt]) : .null
            }
            return e < 0 ? dflt : DictView(rt.arg(a, 0)).valueAt(e)
        }
        method("setdefault") { rt, a in
            guard rt.methodArgs(a, "dict.setdefault", 1, 2) else { return .null }
            let dflt = rt.positionalCount(a) > 2 ? rt.arg(a, 2) : Word.none
            guard let e = rt.dictEntry(rt.arg(a, 0), rt.arg(a, 1)) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_dict_setdefault"), [rt.arg(a, 0), rt.arg(a, 1), dflt]) : .null
            }
            if e >= 0 { return DictView(rt.arg(a, 0)).valueAt(e) }
            guard rt.dictSet(rt.arg(a, 0), rt.arg(a, 1), dflt, hash: rt.nativeHash(rt.arg(a, 1))!) else { return .null }
            return rt.positionalCount(a) > 2 ? rt.arg(a, 2) : .none
        }
        method("pop") { rt, a in
            guard rt.methodArgs(a, "dict.pop", 1, 2) else { return .null }
            let key = rt.arg(a, 1)
            guard let e = rt.dictEntry(rt.arg(a, 0), key) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_dict_pop"), rt.positionalArgs(a)) : .null
            }
            if e < 0 { return rt.positionalCount(a) > 2 ? rt.arg(a, 2) : rt.raiseKeyError(key) }
            let dv = DictView(rt.arg(a, 0))
            return rt.dictRemove(rt.arg(a, 0), dv.keyAt(e), hash: dv.hashAt(e))
        }
        method("popitem") { rt, a in
            guard rt.methodArgs(a, "dict.popitem", 0, 0) else { return .null }
            let dw = rt.arg(a, 0)
            let dv = DictView(dw)
            if dv.used == 0 { return rt.raise(rt.types.keyError, "popitem(): dictionary is empty") }
            var e = dv.filled - 1
            while dv.keyAt(e).isNull { e -= 1 }
            let m = rt.vsp
            rt.keep(dv.keyAt(e)); rt.keep(dv.valueAt(e))
            defer { rt.release(to: m) }
            guard let t = rt.newTuple(fromStack: m, count: 2) else { return .null }
            let d2 = DictView(rt.arg(a, 0))
            rt.dictRemove(rt.arg(a, 0), d2.keyAt(e), hash: d2.hashAt(e))
            // The entry is the last one: the next insertion takes its place (as CPython).
            let d3 = DictView(rt.arg(a, 0))
            d3.o.setRaw(DictField.filled, UInt64(e))
            return t
        }
        method("keys") { rt, a in
            guard rt.methodArgs(a, "dict.keys", 0, 0) else { return .null }
            return rt.newIterator(rt.types.dictKeys, rt.arg(a, 0)) ?? .null
        }
        method("values") { rt, a in
            guard rt.methodArgs(a, "dict.values", 0, 0) else { return .null }
            return rt.newIterator(rt.types.dictValues, rt.arg(a, 0)) ?? .null
        }
        method("items") { rt, a in
            guard rt.methodArgs(a, "dict.items", 0, 0) else { return .null }
            return rt.newIterator(rt.types.dictItems, rt.arg(a, 0)) ?? .null
        }
        method("copy") { rt, a in
            guard rt.methodArgs(a, "dict.copy", 0, 0) else { return .null }
            return rt.copyDict(rt.arg(a, 0)) ?? .null
        }
        method("clear") { rt, a in
            guard rt.methodArgs(a, "dict.clear", 0, 0) else { return .null }
            let k = rt.keep(rt.arg(a, 0))
            defer { rt.release(to: k) }
            guard rt.dictAllocateTables(k, size: 8, immortal: false) else { return .null }
            let o = ObjectRef(rt.kept(k))
            o.setRaw(DictField.used, 0)
            o.setRaw(DictField.filled, 0)
            o.setRaw(DictField.version, rt.nextDictVersion())
            return .none
        }
        method("update") { rt, a in
            guard rt.methodArgs(a, "dict.update", 0, 1, keywords: rt.keywordNames(a)) else { return .null }
            let m = rt.vsp
            let names = rt.keepKeywordNames(a)
            let kd = rt.keep(rt.arg(a, 0))
            defer { rt.release(to: m) }
            if rt.positionalCount(a) == 2 {
                switch rt.dictUpdateArg(kd, rt.arg(a, 1)) {
                case 1: break
                case 0: return .null
                default:
                    guard let kw = rt.keywordsDict(a, names: names) else { return .null }
                    return rt.tailCall(rt.prelude("_dict_update"), [rt.kept(kd), rt.arg(a, 1), kw])
                }
            }
            return rt.dictStoreKeywords(kd, a, names: names) ? .none : .null
        }
        // fromkeys is a class method: the descriptor binds the class.
        let fromkeys = builtinFunction("fromkeys", { rt, a in
            guard rt.methodArgs(a, "dict.fromkeys", 1, 2) else { return .null }
            let m = rt.vsp
            defer { rt.release(to: m) }
            guard let d = rt.newDict() else { return .null }
            let kd = rt.keep(d)
            let kv = rt.keep(rt.positionalCount(a) > 2 ? rt.arg(a, 2) : Word.none)
            var value: Word { rt.kept(kv) }
            let src = rt.arg(a, 1)
            let ks = rt.kindOf(src)
            if (ks == .dict && rt.isExact(src) && rt.dictKeysArePlain(src)) || (rt.isSetKind(ks) && rt.isExact(src) && rt.setIsPlain(src)) {
                // Keys with their stored hashes.
                if ks == .dict {
                    var e = 0
                    while e < DictView(rt.arg(a, 1)).filled {
                        let sv = DictView(rt.arg(a, 1))
                        if !sv.keyAt(e).isNull { guard rt.dictSet(rt.kept(kd), sv.keyAt(e), value, hash: sv.hashAt(e)) else { return .null } }
                        e += 1
                    }
                } else {
                    var i = 0
                    while i < SetView(rt.arg(a, 1)).size {
                        let sv = SetView(rt.arg(a, 1))
                        if sv.isLive(i) { guard rt.dictSet(rt.kept(kd), sv.keyAt(i), value, hash: sv.hashAt(i).smallIntValue) else { return .null } }
                        i += 1
                    }
                }
                return rt.kept(kd)
            }
            guard let (base, n) = rt.collectToStack(src) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_dict_fromkeys"), [src, value]) : .null
            }
            for i in 0..<n {
                let key = rt.vs[base + i]
                guard rt.isPlainKey(key) else { return rt.tailCall(rt.prelude("_dict_fromkeys"), [rt.arg(a, 1), value]) }
                guard rt.dictStore(rt.kept(kd), key, value) else { return .null }
            }
            return rt.kept(kd)
        }, owner: .null)
        let cm = allocateImmortal(LayoutID.wrapper, bytes: WrapperField.fixedWords * 8, cls: types.classmethod)
        cm[WrapperField.wrapped] = fromkeys
        _ = dictSetStr(TypeView(d).dict, intern("fromkeys"), cm.word)

        constructors[d.address] = { rt, a in
            let n = rt.positionalCount(a)
            if n > 1 { return rt.raise(rt.types.typeError, "dict expected at most 1 argument, got \(n)") }
            let m = rt.vsp
            let names = rt.keepKeywordNames(a)
            defer { rt.release(to: m) }
            guard let d = rt.newDict() else { return .null }
            let kd = rt.keep(d)
            if n == 1 {
                switch rt.dictUpdateArg(kd, rt.arg(a, 0)) {
                case 1: break
                case 0: return .null
                default:
                    guard let kw = rt.keywordsDict(a, names: names) else { return .null }
                    return rt.tailCall(rt.prelude("_dict_from"), [rt.arg(a, 0), kw])
                }
            }
            return rt.dictStoreKeywords(kd, a, names: names) ? rt.kept(kd) : .null
        }

        registerDictViewMethods()
        registerDictPrimitives()
    }

    /// The keyword arguments as a dict (None if there are none); names from keepKeywordNames.
    func keywordsDict(_ a: Args, names: (base: Int, count: Int)) -> Word? {
        if names.count == 0 { return Word.none }
        guard let d = newDict() else { return nil }
        let kd = keep(d)
        defer { release(to: kd) }
        return dictStoreKeywords(kd, a, names: names) ? kept(kd) : nil
    }

    /// The names of a call's keyword arguments (so a method can accept any **kwargs).
    func keywordNames(_ a: Args) -> [String] {
        guard !a.kwnames.isNull else { return [] }
        let t = TupleView(a.kwnames)
        return (0..<t.count).map { StrView(t[$0]).string }
    }

    func registerDictViewMethods() {
        for (cls, name) in [(types.dictKeys, "dict_keys"), (types.dictValues, "dict_values"), (types.dictItems, "dict_items")] {
            func method(_ n: String, _ fn: @escaping NativeFunction<GC>) { defineMethod(cls, n, fn) }
            let forward = cls == types.dictKeys ? types.dictKeyIterator : cls == types.dictValues ? types.dictValueIterator : types.dictItemIterator
            let backward = cls == types.dictKeys ? types.dictReverseKeyIterator : cls == types.dictValues ? types.dictReverseValueIterator : types.dictReverseItemIterator
            method("__iter__") { rt, a in
                guard rt.methodArgs(a, "\(name).__iter__", 0, 0) else { return .null }
                return rt.newDictIterator(forward, rt.viewDict(rt.arg(a, 0))) ?? .null
            }
            method("__reversed__") { rt, a in
                guard rt.methodArgs(a, "\(name).__reversed__", 0, 0) else { return .null }
                return rt.newDictIterator(backward, rt.viewDict(rt.arg(a, 0))) ?? .null
            }
            method("__len__") { rt, a in
                guard rt.methodArgs(a, "\(name).__len__", 0, 0) else { return .null }
                return .smallInt(DictView(rt.viewDict(rt.arg(a, 0))).used)
            }
            method("__repr__") { rt, a in
                if let s = rt.reprString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
                return rt.tailCall(rt.prelude("_dictview_repr"), [rt.arg(a, 0)])
            }
            method("__contains__") { rt, a in
                guard rt.methodArgs(a, "\(name).__contains__", 1, 1) else { return .null }
                return rt.builtinContains(rt.arg(a, 0), rt.arg(a, 1)) ?? .null
            }
            if cls == types.dictValues { continue }
            method("isdisjoint") { rt, a in
                guard rt.methodArgs(a, "\(name).isdisjoint", 1, 1) else { return .null }
                return rt.tailCall(rt.prelude("_dictview_isdisjoint"), [rt.arg(a, 0), rt.arg(a, 1)])
            }
            for (n, op) in [("__eq__", 2), ("__ne__", 3), ("__lt__", 0), ("__le__", 1), ("__gt__", 4), ("__ge__", 5)] {
                method(n) { rt, a in
                    guard rt.methodArgs(a, "\(name).\(n)", 1, 1) else { return .null }
                    return rt.tailCall(rt.prelude("_dictview_richcompare"), [rt.arg(a, 0), rt.arg(a, 1), .smallInt(op)])
                }
            }
            for (n, fn, reflected) in [("__and__", "_dictview_and", false), ("__or__", "_dictview_or", false),
                                       ("__sub__", "_dictview_sub", false), ("__xor__", "_dictview_xor", false),
                                       ("__rand__", "_dictview_and", true), ("__ror__", "_dictview_or", true),
                                       ("__rsub__", "_dictview_sub", true), ("__rxor__", "_dictview_xor", true)] {
                method(n) { rt, a in
                    guard rt.methodArgs(a, "\(name).\(n)", 1, 1) else { return .null }
                    let x = reflected ? rt.arg(a, 1) : rt.arg(a, 0), y = reflected ? rt.arg(a, 0) : rt.arg(a, 1)
                    return rt.tailCall(rt.preludeNamed(fn), [x, y])
                }
            }
        }
    }

    /// next() for the reverse dict iterators (dictreviter_iternext).
    func dictReverseNext(_ itw: Word) -> Word? {
        let it = ObjectRef(itw)
        let d = it[IteratorField.a]
        guard d != .none else { return .null }
        let dv = DictView(d)
        if dv.used != Int(Int64(bitPattern: it.raw(IteratorField.n))) {
            it.setRaw(IteratorField.n, UInt64(bitPattern: -1))
            return raise(types.runtimeError, "dictionary changed size during iteration")
        }
        var e = Int(Int64(bitPattern: it.raw(IteratorField.i)))
        while e >= 0 && (e >= dv.filled || dv.keyAt(e).isNull) { e -= 1 }
        guard e >= 0 else { it[IteratorField.a] = .none; return .null }
        it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(e - 1)))
        it[IteratorField.c] = .smallInt(it[IteratorField.c].smallIntValue - 1)
        let cls = it[1]
        if cls == types.dictReverseKeyIterator { return dv.keyAt(e) }
        if cls == types.dictReverseValueIterator { return dv.valueAt(e) }
        let m = vsp
        keep(dv.keyAt(e)); keep(dv.valueAt(e))
        defer { release(to: m) }
        return newTuple(fromStack: m, count: 2) ?? .null
    }

    /// __iter__ (itself) and __next__ for a native iterator type; __length_hint__
    /// where the remaining count is known (field c).
    func registerIteratorProtocol(_ cls: Word) {
        defineMethod(cls, "__iter__") { rt, a in rt.arg(a, 0) }
        defineMethod(cls, "__next__") { rt, a in
            let it = rt.arg(a, 0)
            if let v = rt.nativeNext(it) {
                if !v.isNull { return v }
                if !rt.raising.isNull { return .null }
                return rt.raiseEmpty(rt.types.stopIteration)
            }
            return rt.raise(rt.types.typeError, "'\(rt.typeName(it))' object is not an iterator")
        }
    }

    /// `_weft.dict_*`: what the prelude's dict operations are built from.
    func registerDictPrimitives() {
        func prim(_ name: String, _ fn: @escaping NativeFunction<GC>) { define(weftModuleDict, name, fn) }
        prim("dict_candidates") { rt, a in
            let ks = rt.dictCandidates(rt.arg(a, 0), hash: rt.hashArgument(rt.arg(a, 1)))
            let m = rt.vsp
            defer { rt.release(to: m) }
            for k in ks { rt.keep(k) }
            return rt.newList(fromStack: m, count: ks.count) ?? .null
        }
        // By identity of the stored key (found by the prelude's comparisons).
        prim("dict_get_hashed") { rt, a in
            let v = rt.dictGet(rt.arg(a, 0), rt.arg(a, 1), hash: rt.hashArgument(rt.arg(a, 2)))
            return v.isNull ? rt.missing : v
        }
        prim("dict_set_hashed") { rt, a in
            rt.dictSet(rt.arg(a, 0), rt.arg(a, 1), rt.arg(a, 2), hash: rt.hashArgument(rt.arg(a, 3))) ? .none : .null
        }
        prim("dict_del_hashed") { rt, a in
            rt.dictRemove(rt.arg(a, 0), rt.arg(a, 1), hash: rt.hashArgument(rt.arg(a, 2))).isNull ? rt.missing : .none
        }
        // (key, value, hash) triples in order.
        prim("dict_entries") { rt, a in
            let m = rt.vsp
            let kd = rt.keep(rt.arg(a, 0))
            defer { rt.release(to: m) }
            let lb = rt.vsp
            var e = 0
            while e < DictView(rt.kept(kd)).filled {
                let d = DictView(rt.kept(kd))
                if !d.keyAt(e).isNull {
                    let pm = rt.vsp
                    rt.keep(d.keyAt(e)); rt.keep(d.valueAt(e))
                    guard let hw = rt.newInt(d.hashAt(e)) else { return .null }
                    rt.keep(hw)
                    guard let t = rt.newTuple(fromStack: pm, count: 3) else { return .null }
                    rt.release(to: pm)
                    rt.keep(t)
                }
                e += 1
            }
            return rt.newList(fromStack: lb, count: rt.vsp - lb) ?? .null
        }
        prim("view_dict") { rt, a in rt.viewDict(rt.arg(a, 0)) }
        prim("view_kind") { rt, a in
            let t = rt.typeOf(rt.arg(a, 0))
            return .smallInt(t == rt.types.dictKeys ? 0 : t == rt.types.dictValues ? 1 : t == rt.types.dictItems ? 2 : -1)
        }
    }
}
