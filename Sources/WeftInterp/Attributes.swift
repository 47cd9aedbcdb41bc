// Attribute access: object.__getattribute__'s algorithm (data descriptors of the type,
// then the instance's own attributes, then other class attributes, binding functions
// into methods), and the setting and deleting counterparts. Properties, __getattr__
// and descriptors written in Python are guest calls, made as tail calls.

import WeftMemory

extension Runtime {
    /// getattr(obj, name) with `name` an interned str.
    func getAttribute(_ obj: Word, _ name: Word) -> Word {
        if TypeView(typeOf(obj)).flags & TypeFlags.hasGetattribute != 0 { return guestGetAttribute(obj, name) }
        return genericGetAttribute(obj, name)
    }

    /// A class overriding __getattribute__: it answers, then __getattr__ if it raised AttributeError.
    @inline(never)
    func guestGetAttribute(_ obj: Word, _ name: Word) -> Word {
        let t = typeOf(obj)
        let ga = lookupInType(t, dunder(.getattribute))
        if TypeView(t).flags & TypeFlags.hasGetattr == 0 { return tailCall(ga, [obj, name]) }
        return tailCall(prelude("_getattribute_hook"), [ga, lookupInType(t, dunder(.getattr)), obj, name])
    }

    /// object.__getattribute__.
    func genericGetAttribute(_ obj: Word, _ name: Word) -> Word {
        let t = typeOf(obj)
        if kindOf(obj) == .type { return typeGetAttribute(obj, name) }
        if kindOf(obj) == .superObject { return superGetAttribute(obj, name) }
        if kindOf(obj) == .module {
            let v = dictGetStr(ObjectRef(obj)[ModuleField.dict], name)
            if !v.isNull { return v }
        }
        let descr = lookupInType(t, name)
        if !descr.isNull {
            switch kindOf(descr) {
            case .property:
                let fget = ObjectRef(descr)[PropertyField.fget]
                if fget == .none { return raise(types.attributeError, "property '\(StrView(name).string)' of '\(typeName(obj))' object has no getter") }
                return tailCall(fget, [obj])
            case .member:
                let v = slotField(obj, descr).map { ObjectRef(obj)[$0] } ?? instanceGet(obj, name)
                if !v.isNull { return v }
                return raise(types.attributeError, "'\(typeName(obj))' object has no attribute '\(StrView(name).string)'")
            case .object, .exception:
                // A data descriptor written in Python comes before the instance's own attributes.
                let dt = typeOf(descr)
                if isHeapType(dt) && isDataDescriptorType(dt) {
                    let get = lookupInType(dt, dunder(.get))
                    if !get.isNull { return tailCall(get, [descr, obj, t]) }
                }
            default:
                break
            }
        }
        let own = instanceGet(obj, name)
        if !own.isNull { return own }
        if kindOf(obj) == .exception, let v = exceptionAttribute(obj, name) { return v }
        if kindOf(obj) == .function {
            let v = functionAttribute(obj, name)
            if !v.isNull { return v }
        }
        if !descr.isNull { return bind(descr, obj, t) }
        if let v = builtinAttribute(obj, name) { return v }
        let getattr = lookupInType(t, dunder(.getattr))
        if !getattr.isNull { return tailCall(getattr, [obj, name]) }
        if kindOf(obj) == .module { return moduleAttributeMissing(obj, name) }
        return raise(types.attributeError, "'\(typeName(obj))' object has no attribute '\(StrView(name).string)'")
    }

    /// A module without the attribute: its own `__getattr__` (PEP 562), else CPython's error.
    func moduleAttributeMissing(_ module: Word, _ name: Word) -> Word {
        let d = ObjectRef(module)[ModuleField.dict]
        let hook = dictGetStr(d, dunder(.getattr))
        if !hook.isNull { return tailCall(hook, [name]) }
        let mname = dictGetStr(d, dunder(.name))
        if !mname.isNull && kindOf(mname) == .str {
            return raise(types.attributeError, "module '\(StrView(mname).string)' has no attribute '\(StrView(name).string)'")
        }
        return raise(types.attributeError, "module has no attribute '\(StrView(name).string)'")
    }

    /// Setting an attribute a built-in object does not let one set: CPython's wording
    /// for a read-only descriptor of its type, or a missing attribute.
    func raiseNotSettable(_ obj: Word, _ name: Word, _ descr: Word) {
        let n = StrView(name).string
        if descr.isNull {
            raise(types.attributeError, "'\(typeName(obj))' object has no attribute '\(n)'")
        } else if kindOf(descr) == .property || kindOf(descr) == .member {
            raise(types.attributeError, "attribute '\(n)' of '\(typeName(obj))' objects is not writable")
        } else {
            raise(types.attributeError, "'\(typeName(obj))' object attribute '\(n)' is read-only")
        }
    }

    func isDataDescriptorType(_ t: Word) -> Bool {
        !lookupInType(t, dunder(.set)).isNull || !lookupInType(t, dunder(.delete)).isNull
    }

    /// A class attribute seen through an instance: functions become bound methods.
    func bind(_ descr: Word, _ obj: Word, _ t: Word) -> Word {
        switch kindOf(descr) {
        case .function:
            return newMethod(descr, obj) ?? .null
        case .builtin where ObjectRef(descr)[1] == types.methodDescriptor:
            let m = keep(obj)
            defer { release(to: m) }
            guard let b = allocate(LayoutID.builtin, bytes: BuiltinField.fixedWords * 8, cls: types.builtinFunction) else { return .null }
            let d = ObjectRef(descr)
            b[BuiltinField.selfObject] = kept(m)
            b[BuiltinField.name] = d[BuiltinField.name]
            b.setRaw(BuiltinField.native, d.raw(BuiltinField.native))
            return b.word
        case .staticmethod:
            return ObjectRef(descr)[WrapperField.wrapped]
        case .classmethod:
            return newMethod(ObjectRef(descr)[WrapperField.wrapped], t) ?? .null
        case .object, .exception:
            let get = lookupInType(typeOf(descr), dunder(.get))
            if !get.isNull { return tailCall(get, [descr, obj, t]) }
            return descr
        default:
            return descr
        }
    }

    /// Attribute lookup on a class: the MRO, with classmethods bound to the class.
    func typeGetAttribute(_ cls: Word, _ name: Word) -> Word {
        let v = lookupInType(cls, name)
        if !v.isNull {
            switch kindOf(v) {
            case .classmethod: return newMethod(ObjectRef(v)[WrapperField.wrapped], cls) ?? .null
            case .staticmethod: return ObjectRef(v)[WrapperField.wrapped]
            case .property: return v
            case .object, .exception:
                let get = lookupInType(typeOf(v), dunder(.get))
                if !get.isNull && isHeapType(typeOf(v)) { return tailCall(get, [v, .none, cls]) }
                return v
            default: return v
            }
        }
        if let special = typeSpecialAttribute(cls, name) { return special }
        let meta = typeOf(cls)
        let mv = lookupInType(meta, name)
        if !mv.isNull { return bind(mv, cls, meta) }
        return raise(types.attributeError, "type object '\(TypeView(cls).nameString)' has no attribute '\(StrView(name).string)'")
    }

    func isHeapType(_ t: Word) -> Bool { TypeView(t).flags & TypeFlags.heapType != 0 }

    func typeSpecialAttribute(_ cls: Word, _ name: Word) -> Word? {
        let t = ObjectRef(cls)
        switch StrView(name).string {
        case "__name__": return t[TypeField.name]
        case "__qualname__": return t[TypeField.qualname]
        case "__mro__": return t[TypeField.mro]
        case "__bases__": return t[TypeField.bases]
        case "__base__":
            let b = TupleView(t[TypeField.bases])
            return b.count > 0 ? b[0] : .none
        case "__dict__": return t[TypeField.dict]
        case "__module__":
            let m = dictGetStr(t[TypeField.dict], dunder(.module))
            return m.isNull ? t[TypeField.module] : m
        case "__doc__":
            let d = dictGetStr(t[TypeField.dict], dunder(.doc))
            return d.isNull ? t[TypeField.doc] : d
        case "__class__": return typeOf(cls)
        default: return nil
        }
    }

    func functionAttribute(_ f: Word, _ name: Word) -> Word {
        let o = ObjectRef(f)
        switch StrView(name).string {
        case "__name__": return o[FunctionField.name]
        case "__qualname__": return o[FunctionField.qualname]
        case "__doc__": return o[FunctionField.doc]
        case "__module__": return o[FunctionField.module]
        case "__defaults__": return o[FunctionField.defaults]
        case "__kwdefaults__": return o[FunctionField.kwdefaults]
        case "__globals__": return o[FunctionField.globals]
        case "__closure__": return o[FunctionField.closure]
        case "__code__": return codeObject(Int(o.raw(FunctionField.code)))
        case "__annotations__":
            if o[FunctionField.annotations] == .none {
                let k = keep(f)
                defer { release(to: k) }
                guard let d = newDict() else { return .null }
                ObjectRef(kept(k))[FunctionField.annotations] = d
                return d
            }
            return o[FunctionField.annotations]
        case "__dict__":
            if o[FunctionField.dict].isNull {
                let k = keep(f)
                defer { release(to: k) }
                guard let d = newDict() else { return .null }
                ObjectRef(kept(k))[FunctionField.dict] = d
                return d
            }
            return o[FunctionField.dict]
        default:
            let d = o[FunctionField.dict]
            return d.isNull ? .null : dictGetStr(d, name)
        }
    }

    /// Attributes built-in objects have without a type-dict entry.
    func builtinAttribute(_ obj: Word, _ name: Word) -> Word? {
        let n = StrView(name).string
        if n == "__class__" { return typeOf(obj) }
        if n == "__dict__" && obj.isPointer && subclassDictIndex(ObjectRef(obj)) != nil
            && TypeView(typeOf(obj)).flags & TypeFlags.noDict == 0 { return subclassDict(obj) }
        switch kindOf(obj) {
        case .method:
            let m = ObjectRef(obj)
            if n == "__self__" { return m[MethodField.selfObject] }
            if n == "__func__" { return m[MethodField.function] }
            if n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" {
                return getAttribute(m[MethodField.function], name)
            }
        case .builtin:
            let b = ObjectRef(obj)
            if n == "__name__" || n == "__qualname__" { return b[BuiltinField.name] }
            if n == "__self__" { return b[BuiltinField.selfObject].isNull ? .none : b[BuiltinField.selfObject] }
            if n == "__doc__" { return Word.none }
        case .classmethod, .staticmethod:
            // Since 3.10 these wrap like functools.wraps: the function's name, doc... show through.
            let f = ObjectRef(obj)[WrapperField.wrapped]
            if n == "__func__" || n == "__wrapped__" { return f }
            if n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" || n == "__annotations__" {
                return getAttribute(f, name)
            }
        case .generator:
            let g = ObjectRef(obj)
            if n == "__name__" { return g[GeneratorField.name] }
            if n == "__qualname__" { return g[GeneratorField.qualname] }
        case .code: return codeAttribute(obj, n)
        case .frame: return frameAttribute(obj, n)
        case .traceback: return tracebackAttribute(obj, n)
        case .property:
            let p = ObjectRef(obj)
            switch n {
            case "fget": return p[PropertyField.fget]
            case "fset": return p[PropertyField.fset]
            case "fdel": return p[PropertyField.fdel]
            case "__doc__":
                let f = p[PropertyField.fget]
                if p[PropertyField.doc] == .none && kindOf(f) == .function { return ObjectRef(f)[FunctionField.doc] }
                return p[PropertyField.doc]
            default: break
            }
        case .module:
            let m = ObjectRef(obj)
            if n == "__dict__" { return m[ModuleField.dict] }
        case .object, .exception:
            if n == "__dict__" && TypeView(typeOf(obj)).flags & TypeFlags.noDict == 0 {
                let k = keep(obj)
                defer { release(to: k) }
                guard toDictMode(obj) else { return nil }
                let o = ObjectRef(kept(k))
                let d = o[attributeFields(o)!.overflow]
                return d.isNull ? nil : d
            }
        default:
            break
        }
        return nil
    }

    /// setAttribute for a native that returns None (setattr(), object.__setattr__): a
    /// guest setter it calls (property, __set__, __setattr__) has its result replaced.
    func setAttributeGivingNone(_ obj: Word, _ name: Word, _ value: Word, hook: Bool = true) -> Word {
        if setAttribute(obj, name, value, hook: hook) { return .none }
        guard !tailCallee.isNull else { return .null }
        tailDiscard = false
        guard let args = newTuple(tailArgs) else { return .null }     // read the callee after this allocation
        return tailCall(prelude("_call_then_none"), [tailCallee, args])
    }

    /// obj.name = value (PyObject_SetAttr); `hook` false is object.__setattr__ (generic:
    /// data descriptors and __slots__, then the instance's attributes; no __setattr__).
    func setAttribute(_ obj: Word, _ name: Word, _ value: Word, hook: Bool = true) -> Bool {
        let t = typeOf(obj)
        if kindOf(obj) == .type { return setTypeAttribute(obj, name, value) }
        if hook && TypeView(t).flags & TypeFlags.hasSetattr != 0 {
            let sa = lookupInType(t, dunder(.setattr))
            if !sa.isNull && !isObjectMethod(t, "__setattr__") {
                tailCall(sa, [obj, name, value], discard: true)
                return false
            }
        }
        let descr = lookupInType(t, name)
        if !descr.isNull {
            if kindOf(descr) == .property {
                let fset = ObjectRef(descr)[PropertyField.fset]
                if fset == .none && !isHeapType(t) { raiseNotSettable(obj, name, descr); return false }
                if fset == .none {
                    raise(types.attributeError, "property '\(StrView(name).string)' of '\(typeName(obj))' object has no setter")
                    return false
                }
                tailCall(fset, [obj, value], discard: true)
                return false
            }
            if isHeapType(typeOf(descr)) {
                let set = lookupInType(typeOf(descr), dunder(.set))
                if !set.isNull { tailCall(set, [descr, obj, value], discard: true); return false }
            }
        }
        if !descr.isNull && kindOf(descr) == .member, let i = slotField(obj, descr) {
            ObjectRef(obj)[i] = value
            return true
        }
        switch kindOf(obj) {
        case .object, .exception:
            if kindOf(obj) == .exception, setExceptionAttribute(obj, name, value) { return true }
            if t == types.object || TypeView(t).flags & TypeFlags.noDict != 0 && (descr.isNull || kindOf(descr) != .member) {
                raiseNotSettable(obj, name, descr)
                return false
            }
            return instanceSet(obj, name, value)
        case .function:
            // The attributes kept in the function's own fields (functools.wraps sets them).
            let field: Int?
            switch StrView(name).string {
            case "__name__", "__qualname__":
                guard kindOf(value) == .str else {
                    raise(types.typeError, "\(StrView(name).string) must be set to a string object")
                    return false
                }
                field = StrView(name).string == "__name__" ? FunctionField.name : FunctionField.qualname
            case "__doc__": field = FunctionField.doc
            case "__module__": field = FunctionField.module
            case "__annotations__":
                guard kindOf(value) == .dict else {
                    raise(types.typeError, "__annotations__ must be set to a dict object")
                    return false
                }
                field = FunctionField.annotations
            default: field = nil
            }
            if let f = field { ObjectRef(obj)[f] = value; return true }
            let k = keep(obj), kv = keep(value)
            defer { release(to: k) }
            let d = functionAttribute(obj, dunder(.dict))
            if d.isNull { return false }
            return dictSetStr(d, name, kept(kv))
        case .module:
            return dictSetStr(ObjectRef(obj)[ModuleField.dict], name, value)
        default:
            if obj.isPointer && subclassDictIndex(ObjectRef(obj)) != nil
                && (TypeView(t).flags & TypeFlags.noDict == 0 || !descr.isNull && kindOf(descr) == .member) {
                return instanceSet(obj, name, value)
            }
            raiseNotSettable(obj, name, descr)
            return false
        }
    }

    func setTypeAttribute(_ cls: Word, _ name: Word, _ value: Word) -> Bool {
        if isImmortal(cls) {
            raise(types.typeError, "cannot set '\(StrView(name).string)' attribute of immutable type '\(TypeView(cls).nameString)'")
            return false
        }
        let n = StrView(name).string
        if n == "__name__" || n == "__qualname__" { ObjectRef(cls)[n == "__name__" ? TypeField.name : TypeField.qualname] = value; return true }
        classVersion &+= 1
        // A hook set after the class was made: its flag says to look for it. (Flags mean
        // "may have": the paths they guard look the hook up. Subclasses made before
        // are not reached: Weft keeps no list of a class's subclasses yet.)
        let hook: UInt64
        switch n {
        case "__setattr__", "__delattr__": hook = TypeFlags.hasSetattr
        case "__getattr__": hook = TypeFlags.hasGetattr
        case "__getattribute__": hook = TypeFlags.hasGetattribute
        default: hook = 0
        }
        if hook != 0 { ObjectRef(cls).setRaw(TypeField.flags, ObjectRef(cls).raw(TypeField.flags) | hook) }
        return dictSetStr(TypeView(cls).dict, name, value)
    }

    func deleteAttribute(_ obj: Word, _ name: Word) -> Bool {
        let t = typeOf(obj)
        if TypeView(t).flags & TypeFlags.hasSetattr != 0 {
            let da = lookupInType(t, dunder(.delattr))
            if !da.isNull && !isObjectMethod(t, "__delattr__") {
                tailCall(da, [obj, name], discard: true)
                return false
            }
        }
        return genericDeleteAttribute(obj, name)
    }

    /// object.__delattr__.
    func genericDeleteAttribute(_ obj: Word, _ name: Word) -> Bool {
        if kindOf(obj) == .type {
            if isImmortal(obj) {
                raise(types.typeError, "cannot delete '\(StrView(name).string)' attribute of immutable type '\(TypeView(obj).nameString)'")
                return false
            }
            classVersion &+= 1
            if dictRemove(TypeView(obj).dict, name, hash: StrView(name).hash).isNull {
                raise(types.attributeError, "type object '\(TypeView(obj).nameString)' has no attribute '\(StrView(name).string)'")
                return false
            }
            return true
        }
        let descr = lookupInType(typeOf(obj), name)
        if !descr.isNull && kindOf(descr) == .property {
            let fdel = ObjectRef(descr)[PropertyField.fdel]
            if fdel == .none {
                raise(types.attributeError, "property '\(StrView(name).string)' of '\(typeName(obj))' object has no deleter")
                return false
            }
            tailCall(fdel, [obj], discard: true)
            return false
        }
        if !descr.isNull && (kindOf(descr) == .object || kindOf(descr) == .exception) && isHeapType(typeOf(descr)) {
            let del = lookupInType(typeOf(descr), dunder(.delete))
            if !del.isNull { tailCall(del, [descr, obj], discard: true); return false }
        }
        if kindOf(obj) == .module {
            if dictRemove(ObjectRef(obj)[ModuleField.dict], name, hash: StrView(name).hash).isNull {
                raise(types.attributeError, "module has no attribute '\(StrView(name).string)'")
                return false
            }
            return true
        }
        if !descr.isNull && kindOf(descr) == .member, let i = slotField(obj, descr) {
            if ObjectRef(obj)[i].isNull {
                raise(types.attributeError, StrView(name).string)
                return false
            }
            ObjectRef(obj)[i] = .null
            return true
        }
        if instanceDelete(obj, name) { return true }
        if raising.isNull && !descr.isNull && kindOf(descr) == .member {
            raise(types.attributeError, StrView(name).string)
            return false
        }
        if raising.isNull {
            raise(types.attributeError, "'\(typeName(obj))' object has no attribute '\(StrView(name).string)'")
        }
        return false
    }
}
