// The sys module, and the file objects behind sys.stdout and sys.stderr.

import WeftMemory

extension Runtime {
    func installSys() -> Bool {
        builtinModuleMakers["sys"] = { rt in rt.makeSys() }
        guard builtinModule("sys") != nil else { return false }
        // Both modules live in rootSlots: read them after the allocations.
        _ = builtinsModuleObject()
        return dictSetStr(modules, intern("sys"), builtinModule("sys")!) && dictSetStr(modules, intern("builtins"), builtinsModuleObject())
    }

    func builtinsModuleObject() -> Word {
        if let w = builtinModules["builtins"] { return rootSlots[w] }
        let m = newModule("builtins", file: nil)!
        ObjectRef(m)[ModuleField.dict] = builtinsDict
        rootSlots.append(m)
        builtinModules["builtins"] = rootSlots.count - 1
        return m
    }

    /// sys.version_info: a struct sequence (a tuple whose items also have names).
    func makeVersionInfo() -> Word? {
        let fields = ["major", "minor", "micro", "releaselevel", "serial"]
        let vt = makeBuiltinType("version_info", base: types.tuple, kind: .tuple, flags: 0, module: "sys")
        for (i, f) in fields.enumerated() { defineGetter(vt, f) { rt, a in TupleView(rt.arg(a, 0))[i] } }
        defineMethod(vt, "__repr__") { rt, a in
            let t = TupleView(rt.arg(a, 0))
            var parts: [String] = []
            for (i, f) in fields.enumerated() { parts.append("\(f)=\(rt.reprString(t[i]) ?? "?")") }
            return rt.newStr("sys.version_info(\(parts.joined(separator: ", ")))") ?? .null
        }
        guard let t = newTuple([.smallInt(3), .smallInt(11), .smallInt(7), intern("final"), .smallInt(0)]) else { return nil }
        ObjectRef(t)[1] = vt
        return t
    }

    func makeSys() -> Word? {
        guard let mod = newModule("sys", file: nil) else { return nil }
        let km = keep(mod)
        defer { release(to: km) }
        let d = { ObjectRef(self.kept(km))[ModuleField.dict] }
        func set(_ name: String, _ v: Word?) { if let v = v { _ = dictSetStr(d(), intern(name), v) } }
        let argv = vsp
        for a in options.argv { keep(newStr(a) ?? .none) }
        set("argv", newList(fromStack: argv, count: options.argv.count))
        release(to: argv)
        let path = vsp
        for p in options.modulePath { keep(newStr(p) ?? .none) }
        set("path", newList(fromStack: path, count: options.modulePath.count))
        release(to: path)
        set("modules", modules)
        set("maxsize", newInt(Int.max))
        set("platform", intern("linux"))
        set("byteorder", intern("little"))
        set("version", intern("3.11.7 (Weft)"))
        set("executable", intern("weft"))
        set("version_info", makeVersionInfo())
        let fileType = makeBuiltinType("TextIOWrapper", base: types.object, kind: .object, flags: 0, module: "_io")
        defineMethod(fileType, "write") { rt, a in
            let s = rt.arg(a, 1)
            guard rt.kindOf(s) == .str else { return rt.raise(rt.types.typeError, "write() argument must be str, not \(rt.typeName(s))") }
            let text = StrView(s).string
            if ObjectRef(rt.arg(a, 0)).raw(InstanceField.inlineCount) == 2 {
                rt.stdout.flush()
                rt.stderr.write(text)
                rt.stderr.flush()
            } else {
                rt.stdout.write(text)
            }
            return .smallInt(StrView(s).count)
        }
        defineMethod(fileType, "flush") { rt, a in
            if ObjectRef(rt.arg(a, 0)).raw(InstanceField.inlineCount) == 2 { rt.stderr.flush() } else { rt.stdout.flush() }
            return .none
        }
        for (name, fd) in [("stdout", 1), ("stderr", 2)] {
            let f = allocateImmortal(LayoutID.instance, bytes: InstanceField.fixedWords * 8, cls: fileType)
            f[InstanceField.overflow] = .null
            f.setRaw(InstanceField.map, UInt64(MapTable.dictMode))
            f.setRaw(InstanceField.inlineCount, UInt64(fd))
            set(name, f.word)
            set("__" + name + "__", f.word)
        }
        define(d(), "exit") { rt, a in
            guard rt.checkArgs(a, "exit", min: 0, max: 1) else { return .null }
            // As PyErr_SetObject: None means no arguments, a tuple is the arguments.
            let status = a.count == 0 ? Word.none : rt.arg(a, 0)
            if status == .none { return rt.raiseEmpty(rt.types.systemExit) }
            if rt.kindOf(status) == .tuple && rt.isExact(status) {
                guard let e = rt.newException(rt.types.systemExit, args: status) else { return .null }
                return rt.setRaising(e)
            }
            let m = rt.vsp
            rt.keep(status)
            defer { rt.release(to: m) }
            guard let t = rt.newTuple(fromStack: m, count: 1), let e = rt.newException(rt.types.systemExit, args: t) else { return .null }
            return rt.setRaising(e)
        }
        define(d(), "getrecursionlimit") { rt, a in .smallInt(rt.recursionLimit ?? 1000) }
        define(d(), "setrecursionlimit") { rt, a in
            guard rt.checkArgs(a, "setrecursionlimit", min: 1, max: 1) else { return .null }
            guard let w = rt.intArgument(rt.arg(a, 0)) else { return .null }
            guard let n = rt.intValue(w), n > 0 else { return rt.raise(rt.types.valueError, "recursion limit must be greater or equal than 1") }
            rt.recursionLimit = n
            return .none
        }
        define(d(), "exc_info") { rt, a in
            let e = rt.handled
            if e == .none || e.isNull { return rt.newTuple([.none, .none, .none]) ?? .null }
            return rt.newTuple([rt.typeOf(e), e, ObjectRef(e)[ExceptionField.traceback]]) ?? .null
        }
        define(d(), "exception") { rt, a in rt.handled.isNull ? .none : rt.handled }
        define(d(), "intern") { rt, a in rt.intern(StrView(rt.arg(a, 0)).string) }
        define(d(), "getsizeof") { rt, a in .smallInt(rt.arg(a, 0).isPointer ? ObjectRef(rt.arg(a, 0)).size(rt.layouts) : 28) }
        guard addNumberSysAttributes(km) else { return nil }
        return kept(km)
    }
}
