// The methods of built-in types that the prelude itself needs; the full method sets of
// each type live in their own files (DictMethods.swift, ListMethods.swift, StrMethods.swift...).

import WeftMemory

extension Runtime {
    func registerCoreMethods() {
        let d = types.dict
        defineMethod(d, "get") { rt, a in
            guard rt.checkArgs(a, "get", min: 2, max: 3) else { return .null }
            let key = rt.arg(a, 1)
            guard let h = rt.nativeHash(key) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_dict_get_slow"), [rt.arg(a, 0), key, a.count > 2 ? rt.arg(a, 2) : .none]) : .null
            }
            let v = rt.dictGet(rt.arg(a, 0), key, hash: h)
            return v.isNull ? (a.count > 2 ? rt.arg(a, 2) : .none) : v
        }
        defineMethod(d, "pop") { rt, a in
            guard rt.checkArgs(a, "pop", min: 2, max: 3) else { return .null }
            let key = rt.arg(a, 1)
            guard let h = rt.nativeHash(key) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_dict_pop_slow"), (0..<a.count).map { rt.arg(a, $0) }) : .null
            }
            let v = rt.dictRemove(rt.arg(a, 0), key, hash: h)
            if !v.isNull { return v }
            if a.count > 2 { return rt.arg(a, 2) }
            let m = rt.keep(key)
            defer { rt.release(to: m) }
            guard let t = rt.newTuple(fromStack: m, count: 1), let e = rt.newException(rt.types.keyError, args: t) else { return .null }
            return rt.setRaising(e)
        }
        for (name, cls) in [("keys", types.dictKeys), ("values", types.dictValues), ("items", types.dictItems)] {
            defineMethod(d, name) { rt, a in
                guard rt.checkArgs(a, name, min: 1, max: 1) else { return .null }
                return rt.newIterator(cls, rt.arg(a, 0)) ?? .null
            }
        }
        for (cls, it) in [(types.dictKeys, types.dictKeyIterator), (types.dictValues, types.dictValueIterator), (types.dictItems, types.dictItemIterator)] {
            defineMethod(cls, "__iter__") { rt, a in
                let dw = ObjectRef(rt.arg(a, 0))[IteratorField.a]
                return rt.newIterator(it, dw, n: DictView(dw).used) ?? .null
            }
            defineMethod(cls, "__len__") { rt, a in .smallInt(DictView(ObjectRef(rt.arg(a, 0))[IteratorField.a]).used) }
        }
        let l = types.list
        defineMethod(l, "append") { rt, a in
            guard rt.checkArgs(a, "append", min: 2, max: 2) else { return .null }
            return rt.listAppend(rt.arg(a, 0), rt.arg(a, 1)) ? .none : .null
        }
    }
}

extension String {
    func components(separatedBy sep: String) -> [String] {
        guard !sep.isEmpty else { return [self] }
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.range(ofSub: sep) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }

    func lastRange(of sep: String) -> Range<String.Index>? {
        guard !sep.isEmpty else { return nil }
        var i = endIndex
        while i > startIndex {
            i = index(before: i)
            if self[i...].hasPrefix(sep) { return i..<index(i, offsetBy: sep.count) }
        }
        return nil
    }
}

extension Substring {
    func range(ofSub sep: String) -> Range<Substring.Index>? {
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(sep) { return i..<index(i, offsetBy: sep.count) }
            i = index(after: i)
        }
        return nil
    }
}
