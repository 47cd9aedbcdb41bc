// Exception objects: BaseException's fields (args, __traceback__, __cause__,
// __context__, __suppress_context__) live in the exception layout; other attributes in
// its attribute storage like any instance.

import WeftMemory

extension Runtime {
    func exceptionAttribute(_ e: Word, _ name: Word) -> Word? {
        let o = ObjectRef(e)
        switch StrView(name).string {
        case "args":
            let a = o[ExceptionField.args]
            return a.isNull ? emptyTuple : a
        case "__traceback__": return o[ExceptionField.traceback]
        case "__cause__": return o[ExceptionField.cause]
        case "__context__": return o[ExceptionField.context]
        case "__suppress_context__": return .bool(o.raw(ExceptionField.suppressContext) != 0)
        case "value" where isInstance(e, types.stopIteration):
            let a = o[ExceptionField.args]
            return a.isNull || TupleView(a).count == 0 ? .none : TupleView(a)[0]
        case "encoding", "object", "start", "end", "reason":
            return unicodeErrorAttribute(e, StrView(name).string)
        case "name", "path" where isInstance(e, types.importError):
            return .none
        case "msg" where isInstance(e, types.importError):
            let a = o[ExceptionField.args]
            return a.isNull || TupleView(a).count != 1 ? .none : TupleView(a)[0]
        case "code" where isInstance(e, types.systemExit):
            let a = o[ExceptionField.args]
            guard !a.isNull else { return .none }
            let t = TupleView(a)
            return t.count == 0 ? .none : t.count == 1 ? t[0] : a
        default: return nil
        }
    }

    /// The keyword arguments of a built-in exception's constructor: ImportError takes
    /// name= and path=, the others none. False after raising.
    func exceptionKeywords(_ e: Word, base: Int, kwnames: Word) -> Bool {
        let m = vsp
        let ke = keep(e), kn = keep(kwnames)
        defer { release(to: m) }
        let cname = typeName(e)
        guard isInstance(e, types.importError) else {
            raise(types.typeError, "\(cname)() takes no keyword arguments")
            return false
        }
        for k in 0..<TupleView(kwnames).count {
            let n = TupleView(kept(kn))[k]
            guard ["name", "path"].contains(StrView(n).string) else {
                raise(types.typeError, "'\(StrView(n).string)' is an invalid keyword argument for \(cname)()")
                return false
            }
            guard instanceSet(kept(ke), n, vs[base + k]) else { return false }
        }
        return true
    }

    func setExceptionAttribute(_ e: Word, _ name: Word, _ value: Word) -> Bool {
        let o = ObjectRef(e)
        switch StrView(name).string {
        case "args":
            let t = toTuple(value)
            if t.isNull { return false }
            ObjectRef(e)[ExceptionField.args] = t
        case "__traceback__": o[ExceptionField.traceback] = value
        case "__cause__":
            o[ExceptionField.cause] = value
            o.setRaw(ExceptionField.suppressContext, 1)
        case "__context__": o[ExceptionField.context] = value
        case "__suppress_context__": o.setRaw(ExceptionField.suppressContext, value == .true ? 1 : 0)
        default: return false
        }
        return true
    }

    /// `except C:` — is the exception an instance of C (a class or a tuple of them)?
    func exceptionMatches(_ e: Word, _ c: Word) -> Word {
        if kindOf(c) == .tuple {
            let t = TupleView(c)
            for k in 0..<t.count {
                let r = exceptionMatches(e, t[k])
                if r != .false { return r }
            }
            return .false
        }
        guard kindOf(c) == .type, isSubtype(c, types.baseException) else {
            return raise(types.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        return .bool(isInstance(e, c))
    }

    /// str(exception) when no guest code is needed: nil otherwise.
    func exceptionMessage(_ e: Word) -> String? {
        let t = typeOf(e)
        if !isObjectOrBuiltinMethod(t, "__str__") { return nil }
        if let m = unicodeErrorMessage(e) { return m }
        let a = ObjectRef(e)[ExceptionField.args]
        let args = a.isNull ? [] : (0..<TupleView(a).count).map { TupleView(a)[$0] }
        if isSubtype(t, types.keyError) && args.count == 1 {
            return reprString(args[0])
        }
        switch args.count {
        case 0: return ""
        case 1: return strString(args[0])
        default: return reprString(a)
        }
    }

    /// Is t's `name` the one some built-in type defines (not overridden in Python)?
    func isObjectOrBuiltinMethod(_ t: Word, _ name: String) -> Bool {
        let m = lookupInType(t, intern(name))
        return m.isNull || kindOf(m) == .builtin
    }
}
