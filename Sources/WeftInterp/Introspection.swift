// dir() and vars(): the names of a namespace. Names are read without allocating (the
// collector cannot move them meanwhile), then pushed on the value stack and made a list.
// A class with its own __dir__ answers through the prelude (`_dir_call`).

import WeftMemory

extension Runtime {
    func registerIntrospection() {
        define(builtinsDict, "dir") { rt, a in
            guard rt.checkArgs(a, "dir", min: 0, max: 1) else { return .null }
            if a.count == 0 {
                guard let ns = rt.currentNamespace("dir") else { return .null }
                return rt.sortedNames([ns])
            }
            return rt.dirOf(rt.arg(a, 0))
        }
        define(builtinsDict, "vars") { rt, a in
            guard rt.checkArgs(a, "vars", min: 0, max: 1) else { return .null }
            if a.count == 0 { return rt.currentNamespace("vars") ?? .null }
            return rt.tailCall(rt.prelude("_vars"), [rt.arg(a, 0)])
        }
    }

    /// The namespace dict of the running code (dir() and vars() without arguments):
    /// a module's globals or a class body's namespace. Function locals live in registers
    /// without names, so those are not available.
    func currentNamespace(_ caller: String) -> Word? {
        let fr = ObjectRef(currentFrame)
        let flow = codes[Int(fr.raw(FrameField.code))].flow
        switch flow.kind {
        case .module:
            return fr[FrameField.globals]
        case .classBody where flow.parameters.first == "$namespace":
            return registers(currentFrame)[0]
        default:
            raise(types.notImplementedError, "\(caller)() without arguments inside a function is not supported by Weft")
            return nil
        }
    }

    /// dir(obj): its class's __dir__ if written in Python, else object.__dir__ / type.__dir__ /
    /// module.__dir__: the sorted names of the object's namespaces.
    func dirOf(_ obj: Word) -> Word {
        let t = typeOf(obj)
        let custom = lookupInType(t, dunder(.dir))
        if !custom.isNull && kindOf(custom) == .function { return tailCall(prelude("_dir_call"), [custom, obj]) }
        var dicts: [Word] = []
        switch kindOf(obj) {
        case .module:
            return sortedNames([ObjectRef(obj)[ModuleField.dict]])
        case .type:
            let mro = TupleView(TypeView(obj).mro)
            for k in 0..<mro.count { dicts.append(TypeView(mro[k]).dict) }
            return sortedNames(dicts)
        default:
            var extra: [Word] = []
            if obj.isPointer, let f = attributeFields(ObjectRef(obj)) {
                let o = ObjectRef(obj)
                let map = Int(o.raw(f.map))
                if map == MapTable.dictMode { dicts.append(o[f.overflow]) } else { extra = maps.entries[map].names }
            } else if obj.isPointer, let i = subclassDictIndex(ObjectRef(obj)), !ObjectRef(obj)[i].isNull {
                dicts.append(ObjectRef(obj)[i])
            }
            let mro = TupleView(TypeView(t).mro)
            for k in 0..<mro.count { dicts.append(TypeView(mro[k]).dict) }
            return sortedNames(dicts, extra: extra)
        }
    }

    /// The str keys of `dicts` (and the names `extra`), without repeats, sorted, as a list.
    func sortedNames(_ dicts: [Word], extra: [Word] = []) -> Word {
        var seen = Set<String>()
        var names: [(String, Word)] = []
        func add(_ key: Word) {
            guard kindOf(key) == .str else { return }
            let s = StrView(key).string
            if seen.insert(s).inserted { names.append((s, key)) }
        }
        for n in extra { add(n) }
        for d in dicts { dictForEach(d) { key, _ in add(key) } }
        names.sort { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
        let m = vsp
        defer { release(to: m) }
        for (_, w) in names { keep(w) }
        return newList(fromStack: m, count: names.count) ?? .null
    }
}
