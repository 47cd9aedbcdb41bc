// Classes derived from built-in types (class L(list), class P(tuple), class S(str)...).
//
// An instance keeps the built-in's fields where the built-in's code reads them, in the
// built-in's layout extended by one traced word at the end (LayoutID.subclassLayout):
// the instance's attribute dict, made on first use. Its class's kind is the built-in's,
// so natives accept it; fast paths that a subclass may override test isExact first.
//
// X.__new__(cls, ...) makes the built-in value and copies it into a subclass instance
// ("reclassing"); mutable built-ins start empty and are filled by their __init__.

import BigInt
import WeftMemory

extension Runtime {
    /// The kinds a class statement may derive from, with the layout their values use.
    static func builtinLayout(of kind: Kind) -> UInt16? {
        switch kind {
        case .str: return LayoutID.str
        case .bytes: return LayoutID.bytes
        case .bytearray: return LayoutID.bytearray
        case .tuple: return LayoutID.tuple
        case .list: return LayoutID.list
        case .dict: return LayoutID.dict
        case .int: return LayoutID.bigint
        case .float: return LayoutID.float
        case .set, .frozenset: return LayoutID.set
        case .complex: return LayoutID.complex
        default: return nil
        }
    }

    /// The built-in type whose values a subclass instance of kind `k` holds.
    func builtinType(of k: Kind) -> Word? {
        let subclassable = [types.str, types.bytes, types.tuple, types.list, types.dict, types.int, types.float,
                            types.set, types.frozenset, types.complex, types.bytearray]
        return subclassable.first { TypeView($0).kind == k }
    }

    /// Does subclass instance `w` (of built-in kind `k`) still use the built-in's
    /// `name` method (its class does not override it)? Then native code may act for it.
    func inheritsBuiltin(_ w: Word, _ k: Kind, _ name: String) -> Bool {
        guard let base = builtinType(of: k) else { return false }
        let n = intern(name)
        return lookupInType(typeOf(w), n) == lookupInType(base, n)
    }

    /// The index of the attribute-dict word of a subclass instance, nil for other objects.
    @inline(__always) func subclassDictIndex(_ o: ObjectRef) -> Int? {
        LayoutID.isSubclassLayout(o.layout) ? o.size(layouts) / 8 - 1 : nil
    }

    /// The attribute dict of a subclass instance, made if absent (nil if out of memory).
    func subclassDict(_ w: Word) -> Word? {
        let o = ObjectRef(w)
        let i = subclassDictIndex(o)!
        if !o[i].isNull { return o[i] }
        let k = keep(w)
        defer { release(to: k) }
        guard let d = newDict() else { return nil }
        ObjectRef(kept(k))[i] = d
        return d
    }

    /// A copy of the built-in value `value` as an instance of `cls`, a class derived from
    /// the value's type. Small ints and flonums are boxed first.
    func reclass(_ value: Word, as cls: Word) -> Word? {
        let m = vsp
        defer { release(to: m) }
        let kc = keep(cls)
        var v = value
        if v.isSmallInt || v.isBool {
            guard let b = newBigInt(bigValue(v)) else { return nil }
            v = b
        } else if v.isFlonum {
            guard let f = newBoxedFloat(v.flonumValue) else { return nil }
            v = f
        }
        let kv = keep(v)
        let size = ObjectRef(v).size(layouts)
        let sub = LayoutID.subclassLayout(of: ObjectRef(v).layout)
        precondition(sub != 0, "reclass of a value whose type cannot be subclassed")
        guard let n = allocate(sub, bytes: size + 8, cls: kept(kc)) else { return nil }
        let src = ObjectRef(kept(kv))
        for k in 2..<size / 8 { n.setRaw(k, src.raw(k)) }
        n[size / 8] = .null
        return n.word
    }

    func registerSubclassing() {
        // The mutable built-ins are unhashable: __hash__ = None, which subclasses inherit.
        for t in [types.list, types.dict, types.set] { _ = dictSetStr(TypeView(t).dict, dunder(.hash), .none) }
        // Mutable built-ins: __new__ makes an empty instance; __init__ (the prelude's) fills it.
        let empty: [(Word, (Runtime) -> Word?)] = [
            (types.list, { $0.newList() }), (types.dict, { $0.newDict() }), (types.set, { $0.newSet() }),
            (types.bytearray, { $0.newByteArray([]) }),
        ]
        for (t, make) in empty {
            defineMethod(t, "__new__") { rt, a in
                guard let cls = rt.checkNewClass(a, t) else { return .null }
                let k = rt.keep(cls)
                defer { rt.release(to: k) }
                guard let v = make(rt) else { return .null }
                return rt.kept(k) == t ? v : rt.reclass(v, as: rt.kept(k)) ?? .null
            }
        }
        // Immutable ones: the value is made from the arguments, then copied.
        for t in [types.tuple, types.str, types.bytes, types.int, types.float, types.frozenset, types.complex] {
            defineMethod(t, "__new__") { rt, a in
                guard let cls = rt.checkNewClass(a, t) else { return .null }
                let npos = rt.positionalCount(a)
                let m = rt.vsp
                defer { rt.release(to: m) }
                let kc = rt.keep(cls)
                guard let args = rt.newTuple(fromStack: a.base + 1, count: npos - 1) else { return .null }
                let ka = rt.keep(args)
                var kw = Word.none
                if !a.kwnames.isNull {
                    guard let d = rt.kwargsDict(base: a.base, count: a.count, kwnames: a.kwnames) else { return .null }
                    kw = d
                }
                return rt.tailCall(rt.prelude("_builtin_new"), [t, rt.kept(kc), rt.kept(ka), kw])
            }
        }
        define(weftModuleDict, "reclass") { rt, a in
            let v = rt.arg(a, 0), cls = rt.arg(a, 1)
            if rt.typeOf(v) == cls { return v }
            guard rt.kindOf(cls) == .type, rt.isSubtype(cls, rt.typeOf(v)), rt.isExact(v) else {
                return rt.raise(rt.types.typeError, "\(rt.typeName(v)).__new__ returned a value of the wrong type")
            }
            return rt.reclass(v, as: cls) ?? .null
        }
    }

    /// Checks X.__new__(cls, ...): cls must be a type derived from `t`.
    func checkNewClass(_ a: Args, _ t: Word) -> Word? {
        let name = TypeView(t).nameString
        guard positionalCount(a) >= 1 else {
            raise(types.typeError, "\(name).__new__(): not enough arguments")
            return nil
        }
        let cls = arg(a, 0)
        guard kindOf(cls) == .type else {
            raise(types.typeError, "\(name).__new__(X): X is not a type object (\(typeName(cls)))")
            return nil
        }
        guard isSubtype(cls, t) else {
            raise(types.typeError, "\(name).__new__(\(TypeView(cls).nameString)): \(TypeView(cls).nameString) is not a subtype of \(name)")
            return nil
        }
        return cls
    }
}
