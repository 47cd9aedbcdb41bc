// Exception objects: BaseException's fields (args, __traceback__, __cause__,
// __context__, __suppress_context__) live in the exception layout; other attributes in
// its attribute storage like any instance.

import WeftMemory
#if canImport(Glibc)
import Glibc
#endif

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
            return a.isNull || TupleView(a).count == 0 ? Word.none : TupleView(a)[0]
        case "encoding", "object", "start", "end", "reason":
            return unicodeErrorAttribute(e, StrView(name).string)
        case "name" where isInstance(e, types.importError), "path" where isInstance(e, types.importError):
            return Word.none
        case "msg" where isInstance(e, types.importError):
            let a = o[ExceptionField.args]
            return a.isNull || TupleView(a).count != 1 ? Word.none : TupleView(a)[0]
        case "errno" where isInstance(e, types.osError), "strerror" where isInstance(e, types.osError):
            let a = o[ExceptionField.args]
            guard !a.isNull, (2...5).contains(TupleView(a).count) else { return Word.none }
            return TupleView(a)[StrView(name).string == "errno" ? 0 : 1]
        case "filename" where isInstance(e, types.osError), "filename2" where isInstance(e, types.osError):
            return Word.none
        case "code" where isInstance(e, types.systemExit):
            let a = o[ExceptionField.args]
            guard !a.isNull else { return Word.none }
            let t = TupleView(a)
            return t.count == 0 ? Word.none : t.count == 1 ? t[0] : a
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

    /// OSError's str: "[Errno 2] No such file: 'name'"; nil without errno and strerror.
    func osErrorMessage(_ e: Word) -> String? {
        let errno = exceptionAttribute(e, intern("errno")) ?? .none, strerror = exceptionAttribute(e, intern("strerror")) ?? .none
        let filename = instanceGet(e, intern("filename")), filename2 = instanceGet(e, intern("filename2"))
        let head = "[Errno \(strString(errno) ?? "")] \(strString(strerror) ?? "")"
        if !filename.isNull && filename != .none {
            guard let f = reprString(filename) else { return nil }
            if !filename2.isNull && filename2 != .none, let f2 = reprString(filename2) { return "\(head): \(f) -> \(f2)" }
            return "\(head): \(f)"
        }
        return errno != .none && strerror != .none ? head : nil
    }

    /// OSError(errno, ...) makes the subclass for the errno (FileNotFoundError for ENOENT...),
    /// as OSError.__new__ does.
    func osErrorSubclass(base: Int, count: Int, kwnames: Word) -> Word {
        let npos = count - (kwnames.isNull ? 0 : TupleView(kwnames).count)
        guard npos >= 2, let code = intValue(vs[base]) else { return types.osError }
        let name: String
        switch Int32(truncatingIfNeeded: code) {
        case EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS: name = "BlockingIOError"
        case ECHILD: name = "ChildProcessError"
        case EPIPE, ESHUTDOWN: name = "BrokenPipeError"
        case ECONNABORTED: name = "ConnectionAbortedError"
        case ECONNREFUSED: name = "ConnectionRefusedError"
        case ECONNRESET: name = "ConnectionResetError"
        case EEXIST: name = "FileExistsError"
        case ENOENT: name = "FileNotFoundError"
        case EISDIR: name = "IsADirectoryError"
        case ENOTDIR: name = "NotADirectoryError"
        case EINTR: name = "InterruptedError"
        case EACCES, EPERM: name = "PermissionError"
        case ESRCH: name = "ProcessLookupError"
        case ETIMEDOUT: name = "TimeoutError"
        default: return types.osError
        }
        return code == Int(Int32(truncatingIfNeeded: code)) ? types.exceptions[name]! : types.osError
    }

    /// OSError(errno, strerror, filename[, winerror[, filename2]]): the file names become
    /// attributes and args keeps (errno, strerror). False after raising.
    func osErrorFilenames(_ e: Word, base: Int, count: Int) -> Bool {
        let m = vsp
        let ke = keep(e)
        defer { release(to: m) }
        guard instanceSet(kept(ke), intern("filename"), vs[base + 2]) else { return false }
        if count == 5 { guard instanceSet(kept(ke), intern("filename2"), vs[base + 4]) else { return false } }
        guard let args = newTuple(fromStack: base, count: 2) else { return false }
        ObjectRef(kept(ke))[ExceptionField.args] = args
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
        if isSubtype(t, types.osError), let m = osErrorMessage(e) { return m }
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
