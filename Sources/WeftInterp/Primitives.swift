// The `_weft` module: primitives the prelude is written with (CPython's C-level slots
// and helpers, which the prelude combines into the protocols), and the methods of
// `object` and `BaseException`.

import WeftMemory
import WeftFlow
import WeftSyntax

extension Runtime {
    func registerPrimitives() {
        let w = newDict()!
        weftModuleDict = w
        let missing = allocateImmortal(LayoutID.instance, bytes: (InstanceField.fixedWords) * 8, cls: types.object)
        missing[InstanceField.overflow] = .null
        missing.setRaw(InstanceField.map, UInt64(MapTable.dictMode))
        missing.setRaw(InstanceField.inlineCount, 0)
        self.missing = missing.word
        _ = dictSetStr(w, intern("MISSING"), missing.word)
        func prim(_ name: String, _ fn: @escaping NativeFunction<GC>) { define(weftModuleDict, name, fn) }

        prim("lookup") { rt, a in
            let key = rt.intern(StrView(rt.arg(a, 1)).string)
            let v = rt.lookupInType(rt.arg(a, 0), key)
            return v.isNull ? rt.missing : v
        }
        prim("lookup_type") { rt, a in
            let v = rt.lookupInType(rt.typeOf(rt.arg(a, 0)), rt.intern(StrView(rt.arg(a, 1)).string))
            return v.isNull ? rt.missing : v
        }
        prim("bind") { rt, a in rt.bind(rt.arg(a, 0), rt.arg(a, 1), rt.typeOf(rt.arg(a, 1))) }
        prim("native_binary") { rt, a in
            let r = rt.nativeBinary(BinaryKind(rawValue: UInt8(rt.arg(a, 2).smallIntValue))!, rt.arg(a, 0), rt.arg(a, 1))
            return r ?? (rt.raising.isNull ? .notImplemented : .null)
        }
        prim("native_compare") { rt, a in
            if let r = rt.nativeCompare(CompareKind(rawValue: UInt8(rt.arg(a, 2).smallIntValue))!, rt.arg(a, 0), rt.arg(a, 1)) { return .bool(r) }
            return rt.raising.isNull ? .notImplemented : .null
        }
        prim("is_heap_type") { rt, a in .bool(rt.isHeapType(rt.arg(a, 0))) }
        prim("new_class") { rt, a in rt.newClass(meta: rt.arg(a, 0), name: rt.arg(a, 1), bases: rt.arg(a, 2), namespace: rt.arg(a, 3)) }
        prim("new_instance") { rt, a in rt.newInstance(rt.arg(a, 0)) ?? .null }
        prim("set_exception_args") { rt, a in
            ObjectRef(rt.arg(a, 0))[ExceptionField.args] = rt.arg(a, 1)
            return .none
        }
        prim("exception_with_cause") { rt, a in
            let e = rt.arg(a, 0), c = rt.arg(a, 1)
            if c.isNull || rt.kindOf(c) == .none || rt.kindOf(c) == .exception {
                ObjectRef(e)[ExceptionField.cause] = c.isNull ? .none : c
                ObjectRef(e).setRaw(ExceptionField.suppressContext, 1)
            }
            return e
        }
        prim("raise_hidden") { rt, a in
            // Raise without a traceback entry for the prelude frame (see addTracebackEntry).
            rt.setRaising(rt.arg(a, 0))
        }
        prim("type_name") { rt, a in rt.newStr(rt.typeName(rt.arg(a, 0))) ?? .null }
        prim("repr_native") { rt, a in
            if let s = rt.reprString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
            return rt.missing
        }
        prim("str_native") { rt, a in
            if let s = rt.strString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
            return rt.missing
        }
        prim("write_stdout") { rt, a in
            rt.stdout.write(StrView(rt.arg(a, 0)).string)
            return .none
        }
        prim("write_stderr") { rt, a in
            rt.stdout.flush()
            rt.stderr.write(StrView(rt.arg(a, 0)).string)
            rt.stderr.flush()
            return .none
        }
        prim("load_module") { rt, a in rt.loadModule(name: rt.arg(a, 0), path: rt.arg(a, 1)) }
        prim("find_module") { rt, a in rt.findModule(rt.arg(a, 0), rt.arg(a, 1)) }
        prim("frozen_module") { rt, a in  // (name, after_path): stand-ins are looked for after sys.path
            let n = StrView(rt.arg(a, 0)).string
            guard frozenModules[n] != nil, frozenFallbacks.contains(n) == (rt.arg(a, 1) == .true) else { return .none }
            return rt.newStr("<frozen \(n)>") ?? .null
        }
        prim("builtin_module") { rt, a in rt.builtinModule(StrView(rt.arg(a, 0)).string) ?? rt.missing }
        prim("modules") { rt, a in rt.modules }
        prim("hash_native") { rt, a in
            if let h = rt.nativeHash(rt.arg(a, 0)) { return rt.newInt(h) ?? .null }
            return rt.raising.isNull ? rt.missing : .null
        }
        prim("dict_setitem_hashed") { rt, a in
            rt.dictSet(rt.arg(a, 0), rt.arg(a, 1), rt.arg(a, 2), hash: rt.arg(a, 3).smallIntValue) ? .none : .null
        }
        prim("make_super") { rt, a in rt.newSuper(rt.arg(a, 0), rt.arg(a, 1)) ?? .null }

        let obj = types.object
        defineMethod(obj, "__init__") { rt, a in .none }
        defineMethod(obj, "__new__") { rt, a in
            guard let cls = rt.checkNewClass(a, rt.types.object) else { return .null }
            return rt.newInstance(cls) ?? .null
        }
        defineMethod(obj, "__repr__") { rt, a in
            let x = rt.arg(a, 0)
            let t = rt.typeOf(x)
            let mod = rt.typeModule(t)
            let name = StrView(ObjectRef(t)[TypeField.qualname]).string
            return rt.newStr("<\(mod == "builtins" ? "" : mod + ".")\(name) object at \(rt.hexAddress(x))>") ?? .null
        }
        defineMethod(obj, "__str__") { rt, a in rt.tailCall(rt.prelude("_repr"), [rt.arg(a, 0)]) }
        defineMethod(obj, "__eq__") { rt, a in rt.arg(a, 0) == rt.arg(a, 1) ? .true : .notImplemented }
        defineMethod(obj, "__ne__") { rt, a in rt.tailCall(rt.prelude("_object_ne"), [rt.arg(a, 0), rt.arg(a, 1)]) }
        defineMethod(obj, "__hash__") { rt, a in rt.newInt(rt.identity(rt.arg(a, 0)) >> 4) ?? .null }
        defineMethod(obj, "__setattr__") { rt, a in
            let name = rt.intern(StrView(rt.arg(a, 1)).string)     // may allocate: read the others after it
            return rt.setAttributeGivingNone(rt.arg(a, 0), name, rt.arg(a, 2), hook: false)
        }
        defineMethod(obj, "__delattr__") { rt, a in
            let key = rt.intern(StrView(rt.arg(a, 1)).string)
            return rt.genericDeleteAttribute(rt.arg(a, 0), key) ? .none : .null
        }
        defineMethod(obj, "__getattribute__") { rt, a in
            let key = rt.intern(StrView(rt.arg(a, 1)).string)
            return rt.genericGetAttribute(rt.arg(a, 0), key)
        }
        defineMethod(obj, "__init_subclass__") { rt, a in
            if a.count > 1 {
                let cls = rt.arg(a, 0)
                let name = rt.kindOf(cls) == .type ? TypeView(cls).nameString : rt.typeName(cls)
                return rt.raise(rt.types.typeError, "\(name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        }
        defineMethod(obj, "__format__") { rt, a in
            let spec = rt.arg(a, 1)
            if StrView(spec).count != 0 {
                return rt.raise(rt.types.typeError, "unsupported format string passed to \(rt.typeName(rt.arg(a, 0))).__format__")
            }
            return rt.tailCall(rt.prelude("_str"), [rt.arg(a, 0)])
        }
        let be = types.baseException
        defineMethod(be, "__init__") { rt, a in
            guard let t = rt.newTuple(fromStack: a.base + 1, count: rt.positionalCount(a) - 1) else { return .null }
            ObjectRef(rt.arg(a, 0))[ExceptionField.args] = t
            return .none
        }
        defineMethod(be, "__str__") { rt, a in
            let e = rt.arg(a, 0)
            let args = ObjectRef(e)[ExceptionField.args]
            if args.isNull || TupleView(args).count == 0 { return rt.intern("") }
            if TupleView(args).count == 1 { return rt.tailCall(rt.prelude("_str"), [TupleView(args)[0]]) }
            return rt.tailCall(rt.prelude("_repr"), [args])
        }
        defineMethod(be, "__repr__") { rt, a in
            rt.tailCall(rt.prelude("_exception_repr"), [rt.arg(a, 0)])
        }
        defineMethod(be, "with_traceback") { rt, a in
            ObjectRef(rt.arg(a, 0))[ExceptionField.traceback] = rt.arg(a, 1)
            return rt.arg(a, 0)
        }
        defineMethod(types.osError, "__str__") { rt, a in
            if let m = rt.osErrorMessage(rt.arg(a, 0)) { return rt.newStr(m) ?? .null }
            return rt.tailCall(rt.prelude("_base_exception_str"), [rt.arg(a, 0)])
        }
        defineMethod(types.keyError, "__str__") { rt, a in
            let args = ObjectRef(rt.arg(a, 0))[ExceptionField.args]
            if !args.isNull && TupleView(args).count == 1 { return rt.tailCall(rt.prelude("_repr"), [TupleView(args)[0]]) }
            return rt.tailCall(rt.prelude("_base_exception_str"), [rt.arg(a, 0)])
        }
        defineMethod(types.type, "__repr__") { rt, a in rt.newStr(rt.reprString(rt.arg(a, 0)) ?? "") ?? .null }
        defineMethod(types.type, "mro") { rt, a in
            let t = TupleView(TypeView(rt.arg(a, 0)).mro)
            let m = rt.vsp
            for k in 0..<t.count { rt.keep(t[k]) }
            defer { rt.release(to: m) }
            return rt.newList(fromStack: m, count: t.count) ?? .null
        }
    }

    func newSuper(_ type: Word, _ obj: Word) -> Word? {
        let m = vsp
        let kt = keep(type), ko = keep(obj)
        defer { release(to: m) }
        guard let s = allocate(LayoutID.superObject, bytes: SuperField.fixedWords * 8, cls: types.superType) else { return nil }
        s[SuperField.type] = kept(kt)
        s[SuperField.object] = kept(ko)
        let o = kept(ko)
        s[SuperField.objectType] = kindOf(o) == .type && isSubtype(o, kept(kt)) ? o : typeOf(o)
        return s.word
    }

    /// super(): with no arguments, the calling frame's __class__ cell and first argument.
    func makeSuper(_ a: Args) -> Word {
        if a.count == 2 { return newSuper(arg(a, 0), arg(a, 1)) ?? .null }
        guard a.count == 0 else { return raise(types.typeError, "super() takes 0 or 2 arguments") }
        let fr = ObjectRef(currentFrame)
        let code = codes[Int(fr.raw(FrameField.code))]
        guard let idx = code.flow.freevars.firstIndex(of: "__class__") else {
            return raise(types.runtimeError, "super(): __class__ cell not found")
        }
        guard !code.flow.parameters.isEmpty else { return raise(types.runtimeError, "super(): no arguments") }
        let regs = registers(currentFrame)
        let cell = regs[code.flow.parameters.count + idx]
        var first = regs[0]
        if kindOf(first) == .cell { first = ObjectRef(first)[CellField.value] }
        let cls = ObjectRef(cell)[CellField.value]
        if cls.isNull { return raise(types.runtimeError, "super(): empty __class__ cell") }
        if first.isNull { return raise(types.runtimeError, "super(): arg[0] deleted") }
        return newSuper(cls, first) ?? .null
    }

    /// Attribute lookup through a super object: the MRO after its type.
    func superGetAttribute(_ s: Word, _ name: Word) -> Word {
        let so = ObjectRef(s)
        let start = so[SuperField.type], obj = so[SuperField.object], objType = so[SuperField.objectType]
        let mro = TupleView(TypeView(objType).mro)
        var k = 0
        while k < mro.count && mro[k] != start { k += 1 }
        k += 1
        let h = StrView(name).hash
        while k < mro.count {
            let v = dictGet(TypeView(mro[k]).dict, name, hash: h)
            if !v.isNull {
                if kindOf(v) == .classmethod { return newMethod(ObjectRef(v)[WrapperField.wrapped], objType) ?? .null }
                // super() in a class method or __new__: functions and method descriptors unbound.
                if obj == objType && kindOf(obj) == .type && (kindOf(v) == .function || kindOf(v) == .builtin) { return v }
                if kindOf(v) == .property {
                    return tailCall(ObjectRef(v)[PropertyField.fget], [obj])
                }
                return bind(v, obj, objType)
            }
            k += 1
        }
        if StrView(name).string == "__class__" { return types.superType }
        return raise(types.attributeError, "'super' object has no attribute '\(StrView(name).string)'")
    }
}
