// Constructors of built-in types: int(), str(), list()...; natively where no guest code
// is involved, through the prelude otherwise.

import BigInt
import WeftMemory
import WeftSyntax

extension Runtime {
    func registerConstructors() {
        constructors[types.object.address] = { rt, a in
            guard rt.checkArgs(a, "object", min: 0, max: 0) else { return .null }
            return rt.newInstance(rt.types.object) ?? .null
        }
        constructors[types.type.address] = { rt, a in
            let n = rt.positionalCount(a)
            if n == 1 { return rt.typeOf(rt.arg(a, 0)) }
            guard n == 3 else { return rt.raise(rt.types.typeError, "type() takes 1 or 3 arguments") }
            return rt.newClass(meta: rt.types.type, name: rt.arg(a, 0), bases: rt.arg(a, 1), namespace: rt.arg(a, 2))
        }
        constructors[types.bool.address] = { rt, a in
            guard rt.checkArgs(a, "bool", min: 0, max: 1) else { return .null }
            if a.count == 0 { return .false }
            return rt.truthValue(rt.arg(a, 0))
        }
        constructors[types.str.address] = { rt, a in
            let n = rt.positionalCount(a)
            if n == 0 && a.count == 0 { return rt.intern("") }
            if n == 1 && a.count == 1 {
                let x = rt.arg(a, 0)
                if rt.kindOf(x) == .str && rt.isExact(x) { return x }
                if let s = rt.strString(x) { return rt.newStr(s) ?? .null }
                return rt.tailCall(rt.prelude("_str"), [x])
            }
            return rt.tailCall(rt.prelude("_str_decode"), (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
        }
        constructors[types.list.address] = { rt, a in
            guard rt.checkArgs(a, "list", min: 0, max: 1) else { return .null }
            guard let l = rt.newList() else { return .null }
            if a.count == 0 { return l }
            let kl = rt.keep(l)
            defer { rt.release(to: kl) }
            if rt.listExtend(rt.kept(kl), rt.arg(a, 0)) { return rt.kept(kl) }
            if !rt.tailCallee.isNull { return rt.tailCall(rt.prelude("_list_from"), [rt.arg(a, 0)]) }
            return .null
        }
        constructors[types.tuple.address] = { rt, a in
            guard rt.checkArgs(a, "tuple", min: 0, max: 1) else { return .null }
            if a.count == 0 { return rt.emptyTuple }
            return rt.toTuple(rt.arg(a, 0))
        }
        constructors[types.dict.address] = { rt, a in
            guard let d = rt.newDict() else { return .null }
            let kd = rt.keep(d)
            defer { rt.release(to: kd) }
            let n = rt.positionalCount(a)
            if n > 1 { return rt.raise(rt.types.typeError, "dict expected at most 1 argument, got \(n)") }
            if n == 1 {
                let src = rt.arg(a, 0)
                if rt.kindOf(src) == .dict && rt.isExact(src) {
                    guard rt.dictUpdate(rt.kept(kd), src, merge: false) else { return .null }
                } else {
                    let kw = a.kwnames.isNull ? Word.none : (rt.kwargsDict(base: a.base, count: a.count, kwnames: a.kwnames) ?? .null)
                    return rt.tailCall(rt.prelude("_dict_from"), [src, kw])
                }
            }
            if !a.kwnames.isNull {
                let t = TupleView(a.kwnames)
                for k in 0..<t.count {
                    guard rt.dictSetStr(rt.kept(kd), TupleView(a.kwnames)[k], rt.arg(a, n + k)) else { return .null }
                }
            }
            return rt.kept(kd)
        }
        constructors[types.range.address] = { rt, a in
            guard rt.checkArgs(a, "range", min: 1, max: 3) else { return .null }
            var start = Word.smallInt(0), stop = rt.arg(a, 0), step = Word.smallInt(1)
            if a.count >= 2 { start = rt.arg(a, 0); stop = rt.arg(a, 1) }
            if a.count == 3 { step = rt.arg(a, 2) }
            if start.isSmallInt && stop.isSmallInt && step.isSmallInt, step != .smallInt(0),
               let r = rt.newSmallRange(start.smallIntValue, stop.smallIntValue, step.smallIntValue) {
                return r
            }
            for w in [start, stop, step] where !rt.isIntLike(w) {
                if !rt.lookupInType(rt.typeOf(w), rt.dunder(.index)).isNull {
                    return rt.tailCall(rt.prelude("_num_retry_index"), [rt.types.range] + (0..<a.count).map { rt.arg(a, $0) })
                }
                return rt.raise(rt.types.typeError, "'\(rt.typeName(w))' object cannot be interpreted as an integer")
            }
            let s = rt.bigValue(start), e = rt.bigValue(stop), st = rt.bigValue(step)
            if st == 0 { return rt.raise(rt.types.valueError, "range() arg 3 must not be zero") }
            var len: BigInt = 0
            if st > 0 && s < e { len = (e - s - 1) / st + 1 }
            if st < 0 && s > e { len = (s - e - 1) / (-st) + 1 }
            let m = rt.vsp
            rt.keep(start); rt.keep(stop); rt.keep(step)
            guard let lw = rt.newInt(len) else { return .null }
            rt.keep(lw)
            defer { rt.release(to: m) }
            guard let r = rt.allocate(LayoutID.range, bytes: RangeField.fixedWords * 8, cls: rt.types.range) else { return .null }
            r[RangeField.start] = rt.kept(m)
            r[RangeField.stop] = rt.kept(m + 1)
            r[RangeField.step] = rt.kept(m + 2)
            r[RangeField.length] = rt.kept(m + 3)
            return r.word
        }
        constructors[types.slice.address] = { rt, a in
            guard rt.checkArgs(a, "slice", min: 1, max: 3) else { return .null }
            if a.count == 1 { return rt.newSlice(.none, rt.arg(a, 0), .none) ?? .null }
            return rt.newSlice(rt.arg(a, 0), rt.arg(a, 1), a.count == 3 ? rt.arg(a, 2) : .none) ?? .null
        }
        for (t, kind) in [(types.staticmethod, "staticmethod"), (types.classmethod, "classmethod")] {
            constructors[t.address] = { rt, a in
                guard rt.checkArgs(a, kind, min: 1, max: 1) else { return .null }
                return rt.wrapFunction(rt.arg(a, 0), kind == "staticmethod" ? rt.types.staticmethod : rt.types.classmethod) ?? .null
            }
        }
        constructors[types.property.address] = { rt, a in
            let get: (String, Int) -> Word = { name, i in
                let k = rt.keyword(a, name)
                if !k.isNull { return k }
                return i < rt.positionalCount(a) ? rt.arg(a, i) : .none
            }
            let m = rt.vsp
            rt.keep(get("fget", 0)); rt.keep(get("fset", 1)); rt.keep(get("fdel", 2)); rt.keep(get("doc", 3))
            defer { rt.release(to: m) }
            guard let p = rt.allocate(LayoutID.property, bytes: PropertyField.fixedWords * 8, cls: rt.types.property) else { return .null }
            p[PropertyField.fget] = rt.kept(m)
            p[PropertyField.fset] = rt.kept(m + 1)
            p[PropertyField.fdel] = rt.kept(m + 2)
            p[PropertyField.doc] = rt.kept(m + 3)
            return p.word
        }
        // property.getter/setter/deleter: a copy with one accessor replaced.
        for (name, field) in [("getter", PropertyField.fget), ("setter", PropertyField.fset), ("deleter", PropertyField.fdel)] {
            defineTypedMethod(types.property, name) { rt, a in
                guard rt.methodArgs(a, "property", name, .exactlyOne, min: 1, max: 1) != nil else { return .null }
                guard let p = rt.allocate(LayoutID.property, bytes: PropertyField.fixedWords * 8, cls: rt.types.property) else { return .null }
                let old = ObjectRef(rt.arg(a, 0))
                for f in [PropertyField.fget, PropertyField.fset, PropertyField.fdel, PropertyField.doc] { p[f] = old[f] }
                p[field] = rt.arg(a, 1)
                return p.word
            }
        }
        // member_descriptor.__get__/__set__/__delete__: a __slots__ word by hand, through
        // the same paths as attribute access.
        for (name, count) in [("__get__", 2), ("__set__", 2), ("__delete__", 1)] {
            defineTypedMethod(types.memberDescriptor, name) { rt, a in
                guard rt.methodArgs(a, "member_descriptor", name, .positional, min: name == "__get__" ? 1 : count, max: count) != nil else { return .null }
                let d = ObjectRef(rt.arg(a, 0)), obj = rt.arg(a, 1)
                if name == "__get__" && obj == .none { return d.word }
                let attr = StrView(d[MemberField.name]).string
                guard rt.isInstance(obj, d[MemberField.owner]) else {
                    return rt.raise(rt.types.typeError, "descriptor '\(attr)' for '\(TypeView(d[MemberField.owner]).nameString)' objects doesn't apply to a '\(rt.typeName(obj))' object")
                }
                switch name {
                case "__get__": return rt.genericGetAttribute(obj, d[MemberField.name])
                case "__set__": return rt.setAttribute(obj, d[MemberField.name], rt.arg(a, 2)) ? .none : .null
                default: return rt.genericDeleteAttribute(obj, d[MemberField.name]) ? .none : .null
                }
            }
        }
        constructors[types.superType.address] = { rt, a in rt.makeSuper(a) }
        constructors[types.enumerate.address] = { rt, a in
            guard rt.checkArgs(a, "enumerate", min: 1, max: 2, keywords: ["start"]) else { return .null }
            return rt.tailCall(rt.prelude("_enumerate"), (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
        }
        constructors[types.zip.address] = { rt, a in
            rt.tailCall(rt.prelude("_zip"), (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
        }
        constructors[types.reversed.address] = { rt, a in
            guard rt.checkArgs(a, "reversed", min: 1, max: 1) else { return .null }
            return rt.tailCall(rt.prelude("_reversed"), [rt.arg(a, 0)])
        }
        constructors[types.mapIterator.address] = { rt, a in
            rt.tailCall(rt.prelude("_map"), (0..<a.count).map { rt.arg(a, $0) })
        }
        constructors[types.filterIterator.address] = { rt, a in
            rt.tailCall(rt.prelude("_filter"), (0..<a.count).map { rt.arg(a, $0) })
        }
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
