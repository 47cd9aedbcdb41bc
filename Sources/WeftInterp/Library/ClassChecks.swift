// isinstance() and issubclass() against classes that answer for themselves: the ABCs of
// collections.abc, which in CPython answer through their metaclass (ABCMeta's
// __instancecheck__ and __subclasscheck__). Weft has no metaclasses, so such a class
// keeps a plain function under __weft_instancecheck__ / __weft_subclasscheck__, called
// with (class, object) when the object's type is not an ordinary subclass.

import WeftMemory

extension Runtime {
    /// The class's own answering function, if it has one.
    func classCheckHook(_ c: Word, _ hook: String) -> Word? {
        guard kindOf(c) == .type, isHeapType(c) else { return nil }
        let h = lookupInType(c, intern(hook))
        return !h.isNull && kindOf(h) == .function ? h : nil
    }

    func anyClassCheckHook(_ t: Word, _ hook: String) -> Bool {
        let v = TupleView(t)
        for k in 0..<v.count {
            let c = v[k]
            if kindOf(c) == .tuple ? anyClassCheckHook(c, hook) : classCheckHook(c, hook) != nil { return true }
        }
        return false
    }

    /// isinstance(x, c) when guest code must answer; nil when the native answer stands.
    func guestInstanceCheck(_ x: Word, _ c: Word) -> Word? {
        switch kindOf(c) {
        case .type:
            if isInstance(x, c) { return .true }
            guard let h = classCheckHook(c, "__weft_instancecheck__") else { return nil }
            return tailCall(h, [c, x])
        case .tuple:
            guard anyClassCheckHook(c, "__weft_instancecheck__") else { return nil }
            return tailCall(prelude("_isinstance_any"), [x, c])
        default:
            return nil
        }
    }

    /// issubclass(x, c) when guest code must answer; nil when the native answer stands.
    func guestSubclassCheck(_ x: Word, _ c: Word) -> Word? {
        switch kindOf(c) {
        case .type:
            if isSubtype(x, c) { return .true }
            guard let h = classCheckHook(c, "__weft_subclasscheck__") else { return nil }
            return tailCall(h, [c, x])
        case .tuple:
            guard anyClassCheckHook(c, "__weft_subclasscheck__") else { return nil }
            return tailCall(prelude("_issubclass_any"), [x, c])
        default:
            return nil
        }
    }
}
