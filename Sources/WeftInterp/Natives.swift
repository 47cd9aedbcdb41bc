// Defining natives: built-in functions and methods written in Swift. A native gets its
// arguments on the value stack (`Args`) and returns a Word — or null after raising, or
// after asking for a tail call (see Calls.swift).

import WeftMemory

extension Runtime {
    /// Registers a native and returns its id.
    func registerNative(_ name: String, _ fn: @escaping NativeFunction<GC>) -> Int {
        natives.append(fn)
        nativeNames.append(name)
        return natives.count - 1
    }

    /// A built-in function object (immortal) for a native.
    func builtinFunction(_ name: String, _ fn: @escaping NativeFunction<GC>, owner: Word = .null, descriptor: Bool = false) -> Word {
        let id = registerNative(name, fn)
        let b = allocateImmortal(LayoutID.builtin, bytes: BuiltinField.fixedWords * 8,
                                 cls: descriptor ? types.methodDescriptor : types.builtinFunction)
        b[BuiltinField.selfObject] = owner
        // The method of a class made at run time (a frozen module's): no collector traces
        // immortal objects, so the owner field is a root, and follows the class as it moves.
        if owner.isPointer && !isImmortal(owner) {
            immortalFieldRoots.append((b.base + BuiltinField.selfObject * 8).assumingMemoryBound(to: Word.self))
        }
        b[BuiltinField.name] = intern(name)
        b.setRaw(BuiltinField.native, UInt64(id))
        return b.word
    }

    /// Puts a built-in function in a namespace dict.
    func define(_ dict: Word, _ name: String, _ fn: @escaping NativeFunction<GC>) {
        _ = dictSetStr(dict, intern(name), builtinFunction(name, fn))
    }

    /// A method of a built-in type (a method descriptor in the type's dict).
    func defineMethod(_ type: Word, _ name: String, _ fn: @escaping NativeFunction<GC>) {
        let k = keep(type)
        defer { release(to: k) }
        let f = builtinFunction(name, fn, owner: type, descriptor: true)    // (may allocate: type moves)
        let key = intern(name)
        _ = dictSetStr(TypeView(kept(k)).dict, key, f)
    }

    // MARK: argument access

    @inline(__always) func arg(_ a: Args, _ i: Int) -> Word { vs[a.base + i] }

    /// Positional arguments (those before the keyword ones).
    @inline(__always) func positionalCount(_ a: Args) -> Int {
        a.kwnames.isNull ? a.count : a.count - TupleView(a.kwnames).count
    }

    /// A keyword argument's value, or null.
    func keyword(_ a: Args, _ name: String) -> Word {
        guard !a.kwnames.isNull else { return .null }
        let t = TupleView(a.kwnames)
        let npos = a.count - t.count
        for k in 0..<t.count where StrView(t[k]).string == name { return vs[a.base + npos + k] }
        return .null
    }

    /// Checks the argument count of a native: TypeError with CPython's wording.
    /// `name` is only made when there is an error to report (callers interpolate it).
    func checkArgs(_ a: Args, _ name: @autoclosure () -> String, min: Int, max: Int, keywords: [String] = []) -> Bool {
        let n = positionalCount(a)
        if a.kwnames.isNull && n >= min && n <= max { return true }
        let name = name()
        if !a.kwnames.isNull {
            let t = TupleView(a.kwnames)
            for k in 0..<t.count where !keywords.contains(StrView(t[k]).string) {
                raise(types.typeError, "\(name)() got an unexpected keyword argument '\(StrView(t[k]).string)'")
                return false
            }
        }
        if n < min || n > max {
            if min == max {
                if min == 0 { raise(types.typeError, "\(name)() takes no arguments (\(n) given)") }
                else if min == 1 { raise(types.typeError, "\(name)() takes exactly one argument (\(n) given)") }
                else { raise(types.typeError, "\(name) expected \(min) arguments, got \(n)") }
            } else if n < min {
                raise(types.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
            } else {
                raise(types.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
            }
            return false
        }
        return true
    }

    /// A prelude function by name (see Prelude.swift). Natives name them by literals, so
    /// each is looked up in the prelude's globals once and then found by the literal's
    /// address in a direct-mapped cache (hashing the name at every call was a tenth of
    /// some programs). The functions are kept in rootSlots: a moving collector updates them.
    @inline(__always) func prelude(_ name: StaticString) -> Word {
        guard name.hasPointerRepresentation else { return preludeNamed("\(name)") }
        let key = UInt(bitPattern: name.utf8Start)
        let slot = Int(truncatingIfNeeded: (key >> 3) & UInt(Runtime.preludeCacheSize - 1))
        if preludeCache[slot].key == key { return rootSlots[preludeCache[slot].root] }
        return preludeMiss(name, key: key, slot: slot)
    }

    @inline(never) func preludeMiss(_ name: StaticString, key: UInt, slot: Int) -> Word {
        let root: Int
        if let r = preludeRoots[key] {
            root = r
        } else {
            rootSlots.append(preludeNamed("\(name)"))
            root = rootSlots.count - 1
            preludeRoots[key] = root
        }
        preludeCache[slot] = (key, root)
        return rootSlots[root]
    }

    /// A prelude function by a name computed at run time (not cached).
    func preludeNamed(_ name: String) -> Word {
        let v = dictGetStr(preludeGlobals, intern(name))
        precondition(!v.isNull, "the prelude has no \(name)")
        return v
    }
}
