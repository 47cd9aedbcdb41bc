// Running programs: start-up (the prelude, sys, builtins), modules (finding, compiling
// and creating them), the main script, and what happens at the end (SystemExit, an
// uncaught exception's traceback, flushing output).

import WeftMemory
import WeftFlow
import WeftSyntax

#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    /// Compiles source text into a code object (nil: SyntaxError, already printed).
    /// `library`: Weft's own code (see buildProgram), hidden from tracebacks.
    func compile(path: String, bytes: [UInt8], library: Bool = false) -> CodeObject? {
        do {
            let module = try Parser.parse(path: path, bytes: bytes)
            let code = try buildProgram(module, library: library)
            sources[path] = module.source
            return codes[codeID(for: code)]
        } catch {
            compileError = error
            return nil
        }
    }

    func newModule(_ name: String, file: String?) -> Word? {
        let m = vsp
        defer { release(to: m) }
        guard let d = newDict() else { return nil }
        let kd = keep(d)
        guard dictSetStr(kept(kd), dunder(.name), intern(name)),
              dictSetStr(kept(kd), dunder(.doc), .none),
              dictSetStr(kept(kd), dunder(.builtins), builtinsDict) else { return nil }
        if let f = file { guard let fs = newStr(f), dictSetStr(kept(kd), dunder(.file), fs) else { return nil } }
        guard let mod = allocate(LayoutID.module, bytes: ModuleField.fixedWords * 8, cls: types.module) else { return nil }
        mod[ModuleField.dict] = kept(kd)
        mod[ModuleField.name] = intern(name)
        return mod.word
    }

    /// Starts the runtime: the prelude, then sys.
    public func start() -> Bool {
        guard let m = newDict() else { return false }
        modules = m
        preludeGlobals = newDict()!
        _ = dictSetStr(preludeGlobals, dunder(.name), intern("_weft_prelude"))
        _ = dictSetStr(preludeGlobals, dunder(.builtins), builtinsDict)
        guard let weft = newModule("_weft", file: nil) else { return false }
        ObjectRef(weft)[ModuleField.dict] = weftModuleDict
        _ = dictSetStr(preludeGlobals, intern("_weft"), weft)
        rootSlots.append(weft)  // `import _weft`, for frozen modules
        builtinModules["_weft"] = rootSlots.count - 1
        let source = preludeParts.joined(separator: "\n")
        guard let code = compile(path: "<prelude>", bytes: Array(source.utf8), library: true) else {
            stderr.write("weft: the prelude does not compile:\n\(compileError?.render() ?? "")")
            stderr.flush()
            return false
        }
        guard run(code, globals: preludeGlobals) != nil else {
            printUncaught()
            return false
        }
        for (name, value) in [("sorted", "sorted"), ("min", "min"), ("max", "max"), ("sum", "sum"), ("any", "any"), ("all", "all"), ("open", "open")] {
            let v = dictGetStr(preludeGlobals, intern(value))
            if !v.isNull { _ = dictSetStr(builtinsDict, intern(name), v) }
        }
        // Methods of built-in types written in the prelude.
        for (t, name, value) in [(types.list, "__init__", "_list_init"), (types.dict, "__init__", "_dict_init"),
                                 (types.set, "__init__", "_set_init"),
                                 (types.bytearray, "__init__", "_bytearray_init")] {
            let v = dictGetStr(preludeGlobals, intern(value))
            if !v.isNull && dictSetStr(TypeView(t).dict, intern(name), v) { preludeMethods.append((t, intern(name))) }
        }
        classVersion &+= 1  // type dicts changed without setTypeAttribute
        return installSys()
    }

    /// Runs module-level code with `globals`; nil if it raised.
    func run(_ code: CodeObject, globals: Word) -> Word? {
        guard let fn = newFunction(code: code, globals: globals, defaults: .none, kwdefaults: .none, annotations: .none, closure: .none),
              let frame = newFrame(code, function: fn) else { return nil }
        let r = runFrame(frame)
        return r.isNull ? nil : r
    }

    /// Runs the main script; returns the process exit status.
    public func runMain(path: String) -> Int32 {
        let abs = absolutePath(path)
        guard let bytes = readFileBytes(path) else {
            stderr.write("weft: can't open file '\(abs)': [Errno \(errno)] \(String(cString: strerror(errno)))\n")
            stderr.flush()
            return 2
        }
        guard let main = newModule("__main__", file: abs) else { return 1 }
        _ = dictSetStr(modules, dunder(.main), main)
        guard let code = compile(path: abs, bytes: bytes) else {
            stdout.flush()
            stderr.write(compileError!.render())
            stderr.flush()
            return 1
        }
        let r = run(code, globals: ObjectRef(dictGetStr(modules, dunder(.main)))[ModuleField.dict])
        return finish(r == nil)
    }

    /// Flushes output; an uncaught exception's traceback, or SystemExit's status.
    func finish(_ failed: Bool) -> Int32 {
        var status: Int32 = 0
        if failed {
            if isInstance(raising, types.systemExit) {
                status = systemExitStatus(raising)
            } else {
                printUncaught()
                status = 1
            }
        }
        finalizeAtExit()
        stdout.flush()
        stderr.flush()
        return status
    }

    func systemExitStatus(_ e: Word) -> Int32 {
        let code = exceptionAttribute(e, intern("code")) ?? .none
        if code == .none { return 0 }
        if let v = intValue(code) { return Int32(truncatingIfNeeded: v) }
        stdout.flush()
        stderr.write((strString(code) ?? "") + "\n")
        return 1
    }

    func absolutePath(_ p: String) -> String {
        if p.hasPrefix("/") { return p }
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return p }
        let cwd = String(cString: buf)
        return cwd + "/" + p
    }

    // MARK: modules

    func findModule(_ name: Word, _ path: Word) -> Word {
        let n = StrView(name).string
        var dirs: [String] = []
        if kindOf(path) == .list {
            for k in 0..<ListView(path).count where kindOf(ListView(path)[k]) == .str { dirs.append(StrView(ListView(path)[k]).string) }
        }
        for d in dirs {
            let base = d.isEmpty ? "." : d
            for candidate in ["\(base)/\(n)/__init__.py", "\(base)/\(n).py"] {
                var st = stat()
                if stat(candidate, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { return newStr(candidate) ?? .null }
            }
        }
        return .none
    }

    /// Compiles a module file, registers the module in sys.modules, and returns a
    /// function that runs its body.
    func loadModule(name: Word, path: Word) -> Word {
        let n = StrView(name).string, p = StrView(path).string
        let kn = keep(name)
        defer { release(to: kn) }
        let frozen = p.hasPrefix("<frozen ") ? frozenModules[n] : nil
        guard let bytes = frozen.map({ Array($0.utf8) }) ?? readFileBytes(p) else {
            return raise(types.importError, "cannot read '\(p)'")
        }
        // Frozen modules stand for CPython's C modules, whose frames tracebacks never show.
        guard let code = compile(path: p, bytes: bytes, library: frozen != nil) else {
            let e = compileError!
            return raise(types.syntaxError, "\(e.message) (\(p), line \(e.line))")
        }
        guard let mod = newModule(n, file: frozen == nil ? p : nil) else { return .null }
        let km = keep(mod)
        let isPackage = p.hasSuffix("/__init__.py")
        let package = isPackage ? n : String(n.split(separator: ".").dropLast().joined(separator: "."))
        let key = dunder(.package)
        guard let ps = newStr(package), dictSetStr(ObjectRef(kept(km))[ModuleField.dict], key, ps) else { return .null }
        if isPackage {
            guard let dir = newStr(String(p.dropLast("/__init__.py".count))) else { return .null }
            let kdir = keep(dir)
            guard let l = newList(fromStack: kdir, count: 1) else { return .null }
            guard dictSetStr(ObjectRef(kept(km))[ModuleField.dict], dunder(.path), l) else { return .null }
        }
        guard dictSet(modules, kept(kn), kept(km), hash: StrView(kept(kn)).hash) else { return .null }
        return newFunction(code: code, globals: ObjectRef(kept(km))[ModuleField.dict], defaults: .none, kwdefaults: .none,
                           annotations: .none, closure: .none) ?? .null
    }

    func builtinModule(_ name: String) -> Word? {
        if let w = builtinModules[name] { return rootSlots[w] }
        guard let make = builtinModuleMakers[name], let m = make(self) else { return nil }
        rootSlots.append(m)
        builtinModules[name] = rootSlots.count - 1
        return m
    }
}
