// repr() and str() of built-in values, natively, exactly as CPython writes them. A value
// whose repr is guest code (a user __repr__, or a container holding one) gives nil, and
// the caller goes through the prelude instead.

import BigInt
import WeftMemory
import WeftSyntax

extension Runtime {
    func hexAddress(_ w: Word) -> String {
        "0x" + String(identity(w), radix: 16).leftPadded(to: 12)
    }

    func reprString(_ w: Word) -> String? {
        var active = Set<UInt>()
        return repr(w, &active)
    }

    private func repr(_ w: Word, _ active: inout Set<UInt>) -> String? {
        if w.isSmallInt { return String(w.smallIntValue) }
        if w.isFlonum { return pyRepr(w.flonumValue) }
        switch w {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .notImplemented: return "NotImplemented"
        case .ellipsis: return "Ellipsis"
        default: break
        }
        let t = typeOf(w)
        let kind = TypeView(t).kind
        if isHeapType(t), let r = lookupInType(t, dunder(.repr)) as Word?, !r.isNull, kindOf(r) != .builtin { return nil }
        switch kind {
        case .int: return intDecimalString(w, raising: false)
        case .float: return pyRepr(floatValue(w))
        case .complex: return complexRepr(w)
        case .str: return pyRepr(codePoints: StrView(w).codePoints)
        case .bytes, .bytearray: return bytesRepr(w)
        case .tuple, .list, .set, .frozenset, .dict:
            // Deep nesting goes to the prelude's repr, whose recursion is on the heap.
            if active.count > 1000 { return nil }
            if active.contains(w.address) { return kind == .dict ? "{...}" : kind == .list ? "[...]" : "(...)" }
            active.insert(w.address)
            defer { active.remove(w.address) }
            var parts: [String] = []
            switch kind {
            case .tuple:
                let v = TupleView(w)
                for k in 0..<v.count { guard let s = repr(v[k], &active) else { return nil }; parts.append(s) }
                return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
            case .list:
                let v = ListView(w)
                for k in 0..<v.count { guard let s = repr(v[k], &active) else { return nil }; parts.append(s) }
                return "[" + parts.joined(separator: ", ") + "]"
            case .dict:
                var ok = true
                dictForEach(w) { k, v in
                    guard ok, let ks = repr(k, &active), let vs = repr(v, &active) else { ok = false; return }
                    parts.append("\(ks): \(vs)")
                }
                guard ok else { return nil }
                return "{" + parts.joined(separator: ", ") + "}"
            default:
                var ok = true
                setForEach(w) { k in
                    guard ok, let ks = repr(k, &active) else { ok = false; return }
                    parts.append(ks)
                }
                guard ok else { return nil }
                if parts.isEmpty { return kind == .set ? "set()" : "frozenset()" }
                let body = "{" + parts.joined(separator: ", ") + "}"
                return kind == .set ? body : "frozenset(\(body))"
            }
        case .member:
            return "<member '\(StrView(ObjectRef(w)[MemberField.name]).string)' of '\(TypeView(ObjectRef(w)[MemberField.owner]).nameString)' objects>"
        case .type:
            let mod = typeModule(w)
            let name = StrView(ObjectRef(w)[TypeField.qualname]).string
            return mod == "builtins" ? "<class '\(name)'>" : "<class '\(mod).\(name)'>"
        case .function:
            return "<function \(StrView(ObjectRef(w)[FunctionField.qualname]).string) at \(hexAddress(w))>"
        case .builtin:
            let b = ObjectRef(w)
            let name = StrView(b[BuiltinField.name]).string
            let s = b[BuiltinField.selfObject]
            if b[1] == types.methodDescriptor {
                return "<method '\(name)' of '\(TypeView(s).nameString)' objects>"
            }
            if s.isNull || kindOf(s) == .module { return "<built-in function \(name)>" }
            return "<built-in method \(name) of \(typeName(s)) object at \(hexAddress(s))>"
        case .method:
            let m = ObjectRef(w)
            let f = m[MethodField.function]
            let fname = kindOf(f) == .function ? StrView(ObjectRef(f)[FunctionField.qualname]).string : "?"
            guard let selfRepr = repr(m[MethodField.selfObject], &active) else { return nil }
            return "<bound method \(fname) of \(selfRepr)>"
        case .code:
            return codeRepr(w)
        case .module:
            let name = StrView(ObjectRef(w)[ModuleField.name]).string
            let file = dictGetStr(ObjectRef(w)[ModuleField.dict], dunder(.file))
            if !file.isNull && kindOf(file) == .str { return "<module '\(name)' from '\(StrView(file).string)'>" }
            return "<module '\(name)' (built-in)>"
        case .range:
            let r = ObjectRef(w)
            guard let a = repr(r[RangeField.start], &active), let b = repr(r[RangeField.stop], &active),
                  let c = repr(r[RangeField.step], &active) else { return nil }
            return r[RangeField.step] == .smallInt(1) ? "range(\(a), \(b))" : "range(\(a), \(b), \(c))"
        case .slice:
            let s = ObjectRef(w)
            guard let a = repr(s[SliceField.start], &active), let b = repr(s[SliceField.stop], &active),
                  let c = repr(s[SliceField.step], &active) else { return nil }
            return "slice(\(a), \(b), \(c))"
        case .exception:
            if !isObjectOrBuiltinMethod(t, "__repr__") { return nil }
            let a = ObjectRef(w)[ExceptionField.args]
            let name = TypeView(t).nameString
            if a.isNull || TupleView(a).count == 0 { return "\(name)()" }
            if TupleView(a).count == 1 { guard let s = repr(TupleView(a)[0], &active) else { return nil }; return "\(name)(\(s))" }
            guard let s = repr(a, &active) else { return nil }
            return "\(name)\(s)"
        case .dictView:
            if active.contains(w.address) { return "..." }
            active.insert(w.address)
            defer { active.remove(w.address) }
            var parts: [String] = []
            var ok = true
            dictForEach(ObjectRef(w)[IteratorField.a]) { k, v in
                guard ok else { return }
                if t == types.dictItems {
                    guard let ks = repr(k, &active), let vs = repr(v, &active) else { ok = false; return }
                    parts.append("(\(ks), \(vs))")
                } else {
                    guard let s = repr(t == types.dictKeys ? k : v, &active) else { ok = false; return }
                    parts.append(s)
                }
            }
            guard ok else { return nil }
            return "\(TypeView(t).nameString)([" + parts.joined(separator: ", ") + "])"
        case .cell:
            return "<cell at \(hexAddress(w))>"
        case .dictView where t == types.dictKeys || t == types.dictValues || t == types.dictItems:
            let d = ObjectRef(w)[IteratorField.a]
            var parts: [String] = []
            var ok = true
            dictForEach(d) { k, v in
                guard ok else { return }
                if t == types.dictKeys { if let s = repr(k, &active) { parts.append(s) } else { ok = false } }
                else if t == types.dictValues { if let s = repr(v, &active) { parts.append(s) } else { ok = false } }
                else if let ks = repr(k, &active), let vs = repr(v, &active) { parts.append("(\(ks), \(vs))") } else { ok = false }
            }
            guard ok else { return nil }
            return "\(TypeView(t).nameString)([" + parts.joined(separator: ", ") + "])"
        case .generator:
            let q = StrView(ObjectRef(w)[GeneratorField.qualname]).string
            return "<\(t == types.coroutine ? "coroutine" : "generator") object \(q) at \(hexAddress(w))>"
        default:
            let mod = typeModule(t)
            let name = StrView(ObjectRef(t)[TypeField.qualname]).string
            return "<\(mod == "builtins" ? "" : mod + ".")\(name) object at \(hexAddress(w))>"
        }
    }

    func typeModule(_ t: Word) -> String {
        let m = dictGetStr(TypeView(t).dict, dunder(.module))
        if !m.isNull && kindOf(m) == .str { return StrView(m).string }
        return StrView(ObjectRef(t)[TypeField.module]).string
    }

    /// str(w) natively, or nil when guest code decides.
    func strString(_ w: Word) -> String? {
        let t = typeOf(w)
        if isHeapType(t) {
            let s = lookupInType(t, dunder(.str))
            if !s.isNull && kindOf(s) != .builtin { return nil }
            if kindOf(w) == .exception { return exceptionMessage(w) }
            let r = lookupInType(t, dunder(.repr))
            if !r.isNull && kindOf(r) != .builtin { return nil }
        }
        switch kindOf(w) {
        case .str: return StrView(w).string
        case .float: return pyRepr(floatValue(w))
        case .exception: return exceptionMessage(w)
        default: return reprString(w)
        }
    }

    func intString(_ w: Word) -> String {
        if let v = intValue(w) { return String(v) }
        return bigValue(w).description
    }

    /// The bytes of a bytes or bytearray (subclass instances included).
    func bytesOf(_ w: Word) -> [UInt8] {
        if kindOf(w) == .bytearray { return ByteArrayView(w).bytes }
        let s = StrView(w)
        return Array(UnsafeRawBufferPointer(start: s.data, count: s.count))
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}
