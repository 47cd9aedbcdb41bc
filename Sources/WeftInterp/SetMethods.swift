// The methods of set and frozenset, following setobject.c operation by operation (which
// set is iterated, which is probed, when a table is resized), because the result's
// slot order — what a program prints — depends on each of those choices.
//
// Natively when every key compares without guest code (see isPlainKey); otherwise the
// method hands the whole operation to its prelude twin (`_set_<name>`), which follows
// the same steps with guest comparisons.

import WeftMemory

extension Runtime {
    /// The operand of a set operation: a set or dict (at a value-stack slot), or the
    /// items of another iterable pushed on the value stack.
    enum SetOperand {
        case set(Int)
        case dict(Int)
        case items(Int, Int)
    }

    /// Prepares `w` as an operand: nil when guest code is needed (nothing raised) or
    /// on error (raised). Pushes onto the value stack; the caller releases.
    func setOperand(_ w: Word) -> SetOperand? {
        let k = kindOf(w)
        if isSetKind(k) && ObjectRef(w).layout == LayoutID.set {
            guard setIsPlain(w) else { return nil }
            return .set(keep(w))
        }
        if k == .dict && isExact(w) {
            guard dictKeysArePlain(w) else { return nil }
            return .dict(keep(w))
        }
        guard let (base, n) = collectToStack(w) else { return nil }
        for i in 0..<n where !isPlainKey(vs[base + i]) { return nil }
        return .items(base, n)
    }

    /// A new empty set of the base type of `so` (make_new_set_basetype).
    func newSetLike(_ so: Word) -> Word? {
        newSet(frozen: kindOf(so) == .frozenset)
    }

    /// set_update_internal with a prepared operand.
    func setUpdateOperand(_ ks: Int, _ op: SetOperand) -> Bool {
        switch op {
        case .set(let ko): return setMerge(kept(ks), kept(ko))
        case .dict(let kd): return setMergeDictKeys(kept(ks), kept(kd))
        case .items(let base, let n):
            for i in 0..<n { guard setAddKey(kept(ks), vs[base + i]) == 1 else { return false } }
            return true
        }
    }

    /// make_new_set_basetype(type(so), operand).
    func newSetFromOperand(like so: Word, _ op: SetOperand) -> Word? {
        guard let r = newSetLike(so) else { return nil }
        let kr = keep(r)
        guard setUpdateOperand(kr, op) else { return nil }
        return kept(kr)
    }

    // MARK: the operations, natively (plain keys only)

    /// set_union: a copy of so, updated with each operand (`others`: Words kept on the
    /// value stack from slot `others`, `count` of them).
    func setUnionNative(_ so: Word, others: Int, count: Int) -> Word {
        let m = vsp
        let kso = keep(so)
        defer { release(to: m) }
        guard let r = setCopy(so, frozen: kindOf(so) == .frozenset) else { return .null }
        let kr = keep(r)
        for i in 0..<count {
            if vs[others + i] == kept(kso) { continue }
            let mo = vsp
            guard let op = setOperand(vs[others + i]) else {
                return raising.isNull ? tailCall(prelude("_set_union"), [kept(kso)] + (0..<count).map { vs[others + $0] }) : .null
            }
            guard setUpdateOperand(kr, op) else { return .null }
            release(to: mo)
        }
        return kept(kr)
    }

    /// set_intersection(so, other) with a plain operand.
    func setIntersectionOperand(_ so: Word, _ op: SetOperand) -> Word? {
        let m = vsp
        var ka = keep(so)
        defer { release(to: m) }
        if case .set(let ko) = op, kept(ko) == kept(ka) { return setCopy(kept(ka), frozen: kindOf(kept(ka)) == .frozenset) }
        guard let r = newSetLike(so) else { return nil }
        let kr = keep(r)
        switch op {
        case .set(var ko):
            if SetView(kept(ko)).used > SetView(kept(ka)).used { swap(&ka, &ko) }
            var i = 0
            while i < SetView(kept(ko)).size {
                let o = SetView(kept(ko))
                if o.isLive(i) {
                    let key = o.keyAt(i), h = o.hashAt(i).smallIntValue
                    if case .found = setLookup(kept(ka), key, hash: h) {
                        guard setAddEntry(kept(kr), key, hash: h) == 1 else { return nil }
                    }
                }
                i += 1
            }
        case .dict(let kd):
            // A dict is iterated like any iterable (by its keys), hashes recomputed.
            let n = DictView(kept(kd)).filled
            for e in 0..<n {
                let key = DictView(kept(kd)).keyAt(e)
                if key.isNull { continue }
                guard setIntersectionStep(ka, kr, key) else { return nil }
                if SetView(kept(kr)).used >= SetView(kept(ka)).used { break }
            }
        case .items(let base, let n):
            for i in 0..<n {
                guard setIntersectionStep(ka, kr, vs[base + i]) else { return nil }
                if SetView(kept(kr)).used >= SetView(kept(ka)).used { break }
            }
        }
        return kept(kr)
    }

    private func setIntersectionStep(_ ka: Int, _ kr: Int, _ key: Word) -> Bool {
        guard let h = keyHash(key) else { return false }
        if case .found = setLookup(kept(ka), key, hash: h) {
            return setAddEntry(kept(kr), key, hash: h) == 1
        }
        return true
    }

    func setIntersectionNative(_ so: Word, _ other: Word) -> Word {
        let m = vsp
        let kso = keep(so), kot = keep(other)
        defer { release(to: m) }
        guard let op = setOperand(other) else {
            return raising.isNull ? tailCall(prelude("_set_intersection"), [kept(kso), kept(kot)]) : .null
        }
        return setIntersectionOperand(kept(kso), op) ?? .null
    }

    /// intersection_update with several operands (at value-stack slots from `others`);
    /// the result's table replaces so's.
    func setIntersectionUpdateNative(_ so: Word, others: Int, count: Int) -> Bool {
        let m = vsp
        let kso = keep(so)
        defer { release(to: m) }
        var result = so
        if count == 0 {
            guard let c = setCopy(so, frozen: false) else { return false }
            result = c
        }
        let kr = keep(result)
        for i in 0..<count {
            let mo = vsp
            guard let op = setOperand(vs[others + i]) else {
                if raising.isNull {
                    tailCall(prelude("_set_intersection_update"), [kept(kso)] + (0..<count).map { vs[others + $0] }, discard: true)
                }
                return false
            }
            guard let r = setIntersectionOperand(kept(kr), op) else { return false }
            release(to: mo)
            setKept(kr, r)
        }
        setSwapBodies(kept(kso), kept(kr))
        return true
    }

    /// set_swap_bodies, as intersection_update uses it: so takes the other's keys.
    func setSwapBodies(_ a: Word, _ b: Word) {
        if a == b { return }
        let x = SetView(a), y = SetView(b)
        let t = x.o[SetField.table], u = x.used, f = x.fill
        x.o[SetField.table] = y.o[SetField.table]
        x.setUsed(y.used)
        x.setFill(y.fill)
        y.o[SetField.table] = t
        y.setUsed(u)
        y.setFill(f)
        invalidateSetHash(x)
        invalidateSetHash(y)
    }

    /// set_difference_update_internal.
    func setDifferenceUpdateOperand(_ ks: Int, _ op: SetOperand) -> Bool {
        switch op {
        case .set(let ko0):
            if kept(ko0) == kept(ks) { return setClear(kept(ks)) }
            var ko = ko0
            if SetView(kept(ko0)).used >> 3 > SetView(kept(ks)).used {
                guard let inter = setIntersectionOperand(kept(ks), .set(ko0)) else { return false }
                ko = keep(inter)
            }
            for i in 0..<SetView(kept(ko)).size {
                let o = SetView(kept(ko))
                if o.isLive(i) { _ = setDiscardEntry(kept(ks), o.keyAt(i), hash: o.hashAt(i).smallIntValue) }
            }
        case .dict(let kd):
            let n = DictView(kept(kd)).filled
            for e in 0..<n {
                let key = DictView(kept(kd)).keyAt(e)
                if key.isNull { continue }
                guard let h = keyHash(key) else { return false }
                _ = setDiscardEntry(kept(ks), key, hash: h)
            }
        case .items(let base, let n):
            for i in 0..<n {
                let key = vs[base + i]
                guard let h = keyHash(key) else { return false }
                _ = setDiscardEntry(kept(ks), key, hash: h)
            }
        }
        let s = SetView(kept(ks))
        if s.fill - s.used <= s.mask / 4 { return true }
        return setTableResize(kept(ks), minUsed: s.used > 50000 ? s.used * 2 : s.used * 4)
    }

    func setDifferenceUpdateNative(_ so: Word, _ other: Word) -> Bool {
        let m = vsp
        let kso = keep(so), kot = keep(other)
        defer { release(to: m) }
        guard let op = setOperand(other) else {
            if raising.isNull { tailCall(prelude("_set_difference_update"), [kept(kso), kept(kot)], discard: true) }
            return false
        }
        return setDifferenceUpdateOperand(kso, op)
    }

    /// set_difference.
    func setDifferenceOperand(_ so: Word, _ op: SetOperand) -> Word? {
        let m = vsp
        let ka = keep(so)
        defer { release(to: m) }
        let otherSize: Int
        switch op {
        case .set(let ko): otherSize = SetView(kept(ko)).used
        case .dict(let kd): otherSize = DictView(kept(kd)).used
        case .items: otherSize = -1
        }
        if otherSize < 0 || SetView(kept(ka)).used >> 2 > otherSize {
            guard let c = setCopy(kept(ka), frozen: kindOf(kept(ka)) == .frozenset) else { return nil }
            let kc = keep(c)
            guard setDifferenceUpdateOperand(kc, op) else { return nil }
            return kept(kc)
        }
        guard let r = newSetLike(so) else { return nil }
        let kr = keep(r)
        var i = 0
        while i < SetView(kept(ka)).size {
            let a = SetView(kept(ka))
            if a.isLive(i) {
                let key = a.keyAt(i), h = a.hashAt(i).smallIntValue
                let present: Bool
                switch op {
                case .set(let ko): if case .found = setLookup(kept(ko), key, hash: h) { present = true } else { present = false }
                case .dict(let kd): if case .found = dictLookup(kept(kd), key, hash: h) { present = true } else { present = false }
                case .items: present = false
                }
                if !present { guard setAddEntry(kept(kr), key, hash: h) == 1 else { return nil } }
            }
            i += 1
        }
        return kept(kr)
    }

    func setDifferenceNative(_ so: Word, _ other: Word) -> Word {
        let m = vsp
        let kso = keep(so), kot = keep(other)
        defer { release(to: m) }
        guard let op = setOperand(other) else {
            return raising.isNull ? tailCall(prelude("_set_difference"), [kept(kso), kept(kot)]) : .null
        }
        return setDifferenceOperand(kept(kso), op) ?? .null
    }

    /// set_symmetric_difference_update.
    func setSymmetricDifferenceUpdateOperand(_ ks: Int, _ op: SetOperand) -> Bool {
        var ko: Int
        switch op {
        case .set(let k):
            if kept(k) == kept(ks) { return setClear(kept(ks)) }
            ko = k
        case .dict(let kd):
            let n = DictView(kept(kd)).filled
            for e in 0..<n {
                let d = DictView(kept(kd))
                let key = d.keyAt(e)
                if key.isNull { continue }
                guard setToggle(ks, key, d.hashAt(e)) else { return false }
            }
            return true
        case .items:
            guard let t = newSetFromOperand(like: kept(ks), op) else { return false }
            ko = keep(t)
        }
        var i = 0
        while i < SetView(kept(ko)).size {
            let o = SetView(kept(ko))
            if o.isLive(i) { guard setToggle(ks, o.keyAt(i), o.hashAt(i).smallIntValue) else { return false } }
            i += 1
        }
        return true
    }

    private func setToggle(_ ks: Int, _ key: Word, _ h: Int) -> Bool {
        if setDiscardEntry(kept(ks), key, hash: h) == 1 { return true }
        return setAddEntry(kept(ks), key, hash: h) == 1
    }

    func setSymmetricDifferenceUpdateNative(_ so: Word, _ other: Word) -> Bool {
        let m = vsp
        let kso = keep(so), kot = keep(other)
        defer { release(to: m) }
        guard let op = setOperand(other) else {
            if raising.isNull { tailCall(prelude("_set_symmetric_difference_update"), [kept(kso), kept(kot)], discard: true) }
            return false
        }
        return setSymmetricDifferenceUpdateOperand(kso, op)
    }

    /// set_symmetric_difference: a new set of so's type from other, toggled by so.
    func setSymmetricDifferenceNative(_ so: Word, _ other: Word) -> Word {
        let m = vsp
        let kso = keep(so), kot = keep(other)
        defer { release(to: m) }
        guard let op = setOperand(other) else {
            return raising.isNull ? tailCall(prelude("_set_symmetric_difference"), [kept(kso), kept(kot)]) : .null
        }
        guard let r = newSetFromOperand(like: kept(kso), op) else { return .null }
        let kr = keep(r)
        guard setSymmetricDifferenceUpdateOperand(kr, .set(kso)) else { return .null }
        return kept(kr)
    }

    // MARK: registration

    func registerSetMethods() {
        for cls in [types.set, types.frozenset] {
            let frozen = cls == types.frozenset
            let tn = frozen ? "frozenset" : "set"
            func method(_ name: String, _ fn: @escaping NativeFunction<GC>) { defineMethod(cls, name, fn) }

            method("__len__") { rt, a in
                guard rt.methodArgs(a, "\(tn).__len__", 0, 0) else { return .null }
                return .smallInt(SetView(rt.arg(a, 0)).used)
            }
            method("__contains__") { rt, a in
                guard rt.methodArgs(a, "\(tn).__contains__", 1, 1) else { return .null }
                return rt.setContains(rt.arg(a, 0), rt.arg(a, 1))
            }
            method("__iter__") { rt, a in
                guard rt.methodArgs(a, "\(tn).__iter__", 0, 0) else { return .null }
                return rt.builtinIterator(rt.arg(a, 0)) ?? .null
            }
            method("__repr__") { rt, a in
                if let s = rt.reprString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
                return rt.tailCall(rt.prelude("_set_repr"), [rt.arg(a, 0)])
            }
            method("copy") { rt, a in
                guard rt.methodArgs(a, "\(tn).copy", 0, 0) else { return .null }
                let s = rt.arg(a, 0)
                if frozen && rt.isExact(s) { return s }
                return rt.setCopy(s, frozen: frozen) ?? .null
            }
            method("union") { rt, a in
                guard rt.methodArgs(a, "\(tn).union", 0, Int.max) else { return .null }
                let so = rt.arg(a, 0)
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_union"), rt.positionalArgs(a)) }
                return rt.setUnionNative(so, others: a.base + 1, count: rt.positionalCount(a) - 1)
            }
            method("intersection") { rt, a in
                guard rt.methodArgs(a, "\(tn).intersection", 0, Int.max) else { return .null }
                let so = rt.arg(a, 0)
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_intersection"), rt.positionalArgs(a)) }
                let n = rt.positionalCount(a)
                if n == 1 { return rt.setCopy(so, frozen: frozen) ?? .null }
                let m = rt.vsp
                defer { rt.release(to: m) }
                let kr = rt.keep(so)
                for i in 1..<n {
                    let r = rt.setIntersectionNative(rt.kept(kr), rt.arg(a, i))
                    if r.isNull {
                        if !rt.tailCallee.isNull {
                            // Guest code from here: the prelude redoes the whole operation.
                            return rt.tailCall(rt.prelude("_set_intersection"), rt.positionalArgs(a))
                        }
                        return .null
                    }
                    rt.setKept(kr, r)
                }
                return rt.kept(kr)
            }
            method("difference") { rt, a in
                guard rt.methodArgs(a, "\(tn).difference", 0, Int.max) else { return .null }
                let so = rt.arg(a, 0)
                let n = rt.positionalCount(a)
                if n == 1 { return rt.setCopy(so, frozen: frozen) ?? .null }
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_difference"), rt.positionalArgs(a)) }
                let m = rt.vsp
                defer { rt.release(to: m) }
                let r = rt.setDifferenceNative(so, rt.arg(a, 1))
                if r.isNull {
                    if !rt.tailCallee.isNull { return rt.tailCall(rt.prelude("_set_difference"), rt.positionalArgs(a)) }
                    return .null
                }
                let kr = rt.keep(r)
                for i in 2..<max(n, 2) {
                    let mo = rt.vsp
                    guard let op = rt.setOperand(rt.arg(a, i)) else {
                        return rt.raising.isNull ? rt.tailCall(rt.prelude("_set_difference"), rt.positionalArgs(a)) : .null
                    }
                    guard rt.setDifferenceUpdateOperand(kr, op) else { return .null }
                    rt.release(to: mo)
                }
                return rt.kept(kr)
            }
            method("symmetric_difference") { rt, a in
                guard rt.methodArgs(a, "\(tn).symmetric_difference", 1, 1) else { return .null }
                let so = rt.arg(a, 0)
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_symmetric_difference"), rt.positionalArgs(a)) }
                return rt.setSymmetricDifferenceNative(so, rt.arg(a, 1))
            }
            method("issubset") { rt, a in
                guard rt.methodArgs(a, "\(tn).issubset", 1, 1) else { return .null }
                return rt.setSubsetMethod(rt.arg(a, 0), rt.arg(a, 1), superset: false)
            }
            method("issuperset") { rt, a in
                guard rt.methodArgs(a, "\(tn).issuperset", 1, 1) else { return .null }
                return rt.setSubsetMethod(rt.arg(a, 0), rt.arg(a, 1), superset: true)
            }
            method("isdisjoint") { rt, a in
                guard rt.methodArgs(a, "\(tn).isdisjoint", 1, 1) else { return .null }
                let so = rt.arg(a, 0), other = rt.arg(a, 1)
                if so == other { return .bool(SetView(so).used == 0) }
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_isdisjoint"), [so, other]) }
                let m = rt.vsp
                let kso = rt.keep(so)
                defer { rt.release(to: m) }
                guard let op = rt.setOperand(other) else {
                    return rt.raising.isNull ? rt.tailCall(rt.prelude("_set_isdisjoint"), [rt.kept(kso), rt.arg(a, 1)]) : .null
                }
                return rt.setIsDisjoint(kso, op)
            }
            // Operators: only between sets (else NotImplemented, as set_or & co.).
            for (name, kind, reflected) in [("__or__", BinaryKind.or, false), ("__and__", .and, false), ("__sub__", .sub, false),
                                           ("__xor__", .xor, false), ("__ror__", .or, true), ("__rand__", .and, true),
                                           ("__rsub__", .sub, true), ("__rxor__", .xor, true)] {
                method(name) { rt, a in
                    guard rt.methodArgs(a, "\(tn).\(name)", 1, 1) else { return .null }
                    let x = reflected ? rt.arg(a, 1) : rt.arg(a, 0), y = reflected ? rt.arg(a, 0) : rt.arg(a, 1)
                    guard rt.isSetKind(rt.kindOf(x)) && rt.isSetKind(rt.kindOf(y)) else { return .notImplemented }
                    if let r = rt.collectionBinary(kind, x, y) { return r }
                    let pname = ["__or__": "_set_union", "__and__": "_set_intersection", "__sub__": "_set_difference",
                                 "__xor__": "_set_symmetric_difference"][reflected ? "__" + name.dropFirst(3) : name]!
                    return rt.tailCall(rt.preludeNamed(pname), [x, y])
                }
            }
            for (name, op) in [("__eq__", CompareKind.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
                method(name) { rt, a in
                    guard rt.methodArgs(a, "\(tn).\(name)", 1, 1) else { return .null }
                    let x = rt.arg(a, 0), y = rt.arg(a, 1)
                    guard rt.isSetKind(rt.kindOf(y)) else { return .notImplemented }
                    if let r = rt.setCompareOrNil(op, x, y) { return .bool(r) }
                    return rt.tailCall(rt.prelude("_set_richcompare"), [x, y, .smallInt(Int(op.rawValue))])
                }
            }
            if frozen {
                method("__hash__") { rt, a in
                    guard rt.methodArgs(a, "frozenset.__hash__", 0, 0) else { return .null }
                    return rt.newInt(rt.frozensetHash(rt.arg(a, 0))) ?? .null
                }
                continue
            }
            // Mutating methods: set only.
            method("add") { rt, a in
                guard rt.methodArgs(a, "set.add", 1, 1) else { return .null }
                return rt.setAdd(rt.arg(a, 0), rt.arg(a, 1)) ? .none : .null
            }
            method("clear") { rt, a in
                guard rt.methodArgs(a, "set.clear", 0, 0) else { return .null }
                return rt.setClear(rt.arg(a, 0)) ? .none : .null
            }
            method("discard") { rt, a in
                guard rt.methodArgs(a, "set.discard", 1, 1) else { return .null }
                return rt.setRemoveMethod(rt.arg(a, 0), rt.arg(a, 1), mustExist: false)
            }
            method("remove") { rt, a in
                guard rt.methodArgs(a, "set.remove", 1, 1) else { return .null }
                return rt.setRemoveMethod(rt.arg(a, 0), rt.arg(a, 1), mustExist: true)
            }
            method("pop") { rt, a in
                guard rt.methodArgs(a, "set.pop", 0, 0) else { return .null }
                return rt.setPop(rt.arg(a, 0))
            }
            method("update") { rt, a in
                guard rt.methodArgs(a, "set.update", 0, Int.max) else { return .null }
                let n = rt.positionalCount(a)
                for i in 1..<max(n, 1) {
                    switch rt.setUpdateInternal(rt.arg(a, 0), rt.arg(a, i)) {
                    case 1: continue
                    case 0: return .null
                    default:
                        // Guest code from this operand on: the prelude does the rest.
                        guard let rest = rt.newTuple(fromStack: a.base + i, count: n - i) else { return .null }
                        return rt.tailCall(rt.prelude("_set_update_from"), [rt.arg(a, 0), rest])
                    }
                }
                return .none
            }
            method("intersection_update") { rt, a in
                guard rt.methodArgs(a, "set.intersection_update", 0, Int.max) else { return .null }
                let so = rt.arg(a, 0)
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_intersection_update"), rt.positionalArgs(a)) }
                if rt.setIntersectionUpdateNative(so, others: a.base + 1, count: rt.positionalCount(a) - 1) { return .none }
                return .null
            }
            method("difference_update") { rt, a in
                guard rt.methodArgs(a, "set.difference_update", 0, Int.max) else { return .null }
                let so = rt.arg(a, 0)
                let n = rt.positionalCount(a)
                let m = rt.vsp
                let kso = rt.keep(so)
                defer { rt.release(to: m) }
                for i in 1..<max(n, 1) {
                    let mo = rt.vsp
                    guard rt.setIsPlain(rt.kept(kso)), let op = rt.setOperand(rt.arg(a, i)) else {
                        if !rt.raising.isNull { return .null }
                        // Discarding again what is gone already changes nothing.
                        return rt.tailCall(rt.prelude("_set_difference_update"), rt.positionalArgs(a))
                    }
                    guard rt.setDifferenceUpdateOperand(kso, op) else { return .null }
                    rt.release(to: mo)
                }
                return .none
            }
            method("symmetric_difference_update") { rt, a in
                guard rt.methodArgs(a, "set.symmetric_difference_update", 1, 1) else { return .null }
                let so = rt.arg(a, 0)
                guard rt.setIsPlain(so) else { return rt.tailCall(rt.prelude("_set_symmetric_difference_update"), rt.positionalArgs(a)) }
                return rt.setSymmetricDifferenceUpdateNative(so, rt.arg(a, 1)) ? .none : .null
            }
            for (name, kind) in [("__ior__", BinaryKind.or), ("__iand__", .and), ("__isub__", .sub), ("__ixor__", .xor)] {
                method(name) { rt, a in
                    guard rt.methodArgs(a, "set.\(name)", 1, 1) else { return .null }
                    let x = rt.arg(a, 0), y = rt.arg(a, 1)
                    guard rt.isSetKind(rt.kindOf(y)) else { return .notImplemented }
                    if let r = rt.collectionInplace(kind, x, y) { return r }
                    return rt.tailCall(rt.prelude("_set_inplace"), [x, y, .smallInt(Int(kind.rawValue))])
                }
            }
        }
        constructorsForSets()
        registerSetPrimitives()
    }

    /// set.remove / set.discard (a set key is looked for as a frozenset).
    func setRemoveMethod(_ so: Word, _ key: Word, mustExist: Bool) -> Word {
        if kindOf(key) == .set { return tailCall(prelude(mustExist ? "_set_remove" : "_set_discard"), [so, key]) }
        guard let h = keyHash(key) else {
            return raising.isNull ? tailCall(prelude(mustExist ? "_set_remove" : "_set_discard"), [so, key]) : .null
        }
        switch setDiscardEntry(so, key, hash: h) {
        case 1: return .none
        case 0: return mustExist ? raiseKeyError(key) : .none
        default: return tailCall(prelude(mustExist ? "_set_remove" : "_set_discard"), [so, key])
        }
    }

    /// set_pop: from the finger on, wrapping around.
    func setPop(_ sw: Word) -> Word {
        let s = SetView(sw)
        if s.used == 0 { return raise(types.keyError, "pop from an empty set") }
        var i = Int(s.o.raw(SetField.finger)) & s.mask
        while !s.isLive(i) {
            i += 1
            if i > s.mask { i = 0 }
        }
        let key = s.keyAt(i)
        s.set(i, .smallInt(-1), .setDummy)
        s.setUsed(s.used - 1)
        s.o.setRaw(SetField.finger, UInt64(i + 1))
        return key
    }

    /// issubset / issuperset with any iterable.
    func setSubsetMethod(_ so: Word, _ other: Word, superset: Bool) -> Word {
        let pname: StaticString = superset ? "_set_issuperset" : "_set_issubset"
        guard setIsPlain(so) else { return tailCall(prelude(pname), [so, other]) }
        let m = vsp
        let kso = keep(so), kot = keep(other)
        defer { release(to: m) }
        var o = other
        if !(isSetKind(kindOf(other)) && ObjectRef(other).layout == LayoutID.set) {
            guard let op = setOperand(other) else {
                return raising.isNull ? tailCall(prelude(pname), [kept(kso), kept(kot)]) : .null
            }
            guard let t = newSetFromOperand(like: types.set, op) else { return .null }
            o = t
        } else if !setIsPlain(other) {
            return tailCall(prelude(pname), [kept(kso), kept(kot)])
        }
        let r = superset ? setIsSubsetOrNil(o, kept(kso)) : setIsSubsetOrNil(kept(kso), o)
        guard let b = r else { return tailCall(prelude(pname), [kept(kso), kept(kot)]) }
        return .bool(b)
    }

    func setIsDisjoint(_ kso: Int, _ op: SetOperand) -> Word {
        switch op {
        case .set(let ko0):
            var ka = kso, ko = ko0
            if SetView(kept(ko)).used > SetView(kept(ka)).used { swap(&ka, &ko) }
            let o = SetView(kept(ko))
            for i in 0..<o.size where o.isLive(i) {
                if case .found = setLookup(kept(ka), o.keyAt(i), hash: o.hashAt(i).smallIntValue) { return .false }
            }
            return .true
        case .dict(let kd):
            let n = DictView(kept(kd)).filled
            for e in 0..<n {
                let d = DictView(kept(kd))
                let key = d.keyAt(e)
                if key.isNull { continue }
                guard let h = keyHash(key) else { return .null }
                if case .found = setLookup(kept(kso), key, hash: h) { return .false }
            }
            return .true
        case .items(let base, let n):
            for i in 0..<n {
                let key = vs[base + i]
                guard let h = keyHash(key) else { return .null }
                if case .found = setLookup(kept(kso), key, hash: h) { return .false }
            }
            return .true
        }
    }

    /// set() and frozenset() (frozenset(f) is f itself).
    func constructorsForSets() {
        let makeSet: (Bool) -> NativeFunction<GC> = { frozen in
            { rt, a in
                if !a.kwnames.isNull { return rt.raise(rt.types.typeError, "\(frozen ? "frozenset" : "set")() takes no keyword arguments") }
                guard rt.checkArgs(a, frozen ? "frozenset" : "set", min: 0, max: 1) else { return .null }
                if a.count == 1 && frozen && rt.kindOf(rt.arg(a, 0)) == .frozenset && rt.isExact(rt.arg(a, 0)) { return rt.arg(a, 0) }
                if a.count == 1 && rt.kindOf(rt.arg(a, 0)) == .generator {
                    // set(x for ...): straight to the prelude's loop.
                    return rt.tailCall(rt.prelude("_set_from_iter"), [rt.arg(a, 0), .bool(frozen)])
                }
                guard let s = rt.newSet(frozen: frozen) else { return .null }
                if a.count == 0 { return s }
                let ks = rt.keep(s)
                defer { rt.release(to: ks) }
                switch rt.setUpdateInternal(rt.kept(ks), rt.arg(a, 0)) {
                case 1: return rt.kept(ks)
                case 0: return .null
                default: return rt.tailCall(rt.prelude("_set_from"), [rt.arg(a, 0), .bool(frozen)])
                }
            }
        }
        constructors[types.set.address] = makeSet(false)
        constructors[types.frozenset.address] = makeSet(true)
    }

    /// `_weft.set_*`: what the prelude's set operations are built from.
    func registerSetPrimitives() {
        func prim(_ name: String, _ fn: @escaping NativeFunction<GC>) { define(weftModuleDict, name, fn) }
        // The keys with hash h, in the order a lookup compares them.
        prim("set_candidates") { rt, a in
            let ks = rt.setCandidates(rt.arg(a, 0), hash: rt.hashArgument(rt.arg(a, 1)))
            let m = rt.vsp
            defer { rt.release(to: m) }
            for k in ks { rt.keep(k) }
            return rt.newList(fromStack: m, count: ks.count) ?? .null
        }
        // Adds a key whose hash and equality are built-in: True; False (nothing done) when
        // the key or a colliding one needs guest code.
        prim("set_add_plain") { rt, a in
            switch rt.setAddKey(rt.arg(a, 0), rt.arg(a, 1)) {
            case 1: return .true
            case 0: return .null
            default: return .false
            }
        }
        // Inserts a key known to be absent (every candidate compared unequal).
        prim("set_insert_new") { rt, a in
            rt.setAddEntry(rt.arg(a, 0), rt.arg(a, 1), hash: rt.hashArgument(rt.arg(a, 2)), assumeNew: true) == 1 ? .none : .null
        }
        // Deletes the key that is this very object.
        prim("set_delete") { rt, a in
            let s = SetView(rt.arg(a, 0))
            for i in 0..<s.size where s.keyAt(i) == rt.arg(a, 1) {
                s.set(i, .smallInt(-1), .setDummy)
                s.setUsed(s.used - 1)
                rt.invalidateSetHash(s)
                break
            }
            return .none
        }
        // (key, hash) pairs in slot order.
        prim("set_entries") { rt, a in
            let m = rt.vsp
            let ks = rt.keep(rt.arg(a, 0))
            defer { rt.release(to: m) }
            let lb = rt.vsp
            var i = 0
            while i < SetView(rt.kept(ks)).size {
                let s = SetView(rt.kept(ks))
                if s.isLive(i) {
                    let pm = rt.vsp
                    rt.keep(s.keyAt(i))
                    guard let hw = rt.newInt(s.hashAt(i).smallIntValue) else { return .null }
                    rt.keep(hw)
                    guard let t = rt.newTuple(fromStack: pm, count: 2) else { return .null }
                    rt.release(to: pm)
                    rt.keep(t)
                }
                i += 1
            }
            return rt.newList(fromStack: lb, count: rt.vsp - lb) ?? .null
        }
        // The one big resize set_merge and the dict case of set_update make first.
        prim("set_presize") { rt, a in
            let s = SetView(rt.arg(a, 0))
            let n = rt.arg(a, 1).smallIntValue
            if (s.fill + n) * 5 >= s.mask * 3 {
                guard rt.setTableResize(rt.arg(a, 0), minUsed: (s.used + n) * 2) else { return .null }
            }
            return .none
        }
        // difference_update's last step: resize away the deleted slots if many.
        prim("set_shrink") { rt, a in
            let s = SetView(rt.arg(a, 0))
            if s.fill - s.used <= s.mask / 4 { return .none }
            return rt.setTableResize(rt.arg(a, 0), minUsed: s.used > 50000 ? s.used * 2 : s.used * 4) ? .none : .null
        }
        prim("set_fill") { rt, a in .smallInt(SetView(rt.arg(a, 0)).fill) }
        // set_merge into an empty set: no key is ever compared.
        prim("set_merge_into_empty") { rt, a in rt.setMerge(rt.arg(a, 0), rt.arg(a, 1)) ? .none : .null }
        prim("set_swap_bodies") { rt, a in
            rt.setSwapBodies(rt.arg(a, 0), rt.arg(a, 1))
            return .none
        }
        prim("set_clear") { rt, a in rt.setClear(rt.arg(a, 0)) ? .none : .null }
        prim("set_new") { rt, a in rt.newSet(frozen: rt.arg(a, 0) == .true) ?? .null }
        prim("set_copy") { rt, a in rt.setCopy(rt.arg(a, 0), frozen: rt.arg(a, 1) == .true) ?? .null }
    }

    /// A hash handed over by the prelude (an int: small, or big for hashes from
    /// __hash__ methods already reduced by _hash).
    func hashArgument(_ w: Word) -> Int {
        if w.isSmallInt { return w.smallIntValue }
        return intValue(w) ?? nativeHash(w) ?? 0
    }
}
