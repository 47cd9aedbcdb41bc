// The builtins module: functions and the constructors of built-in types. Natives that
// would need to call guest code (print of objects with __str__, sorted with a key...)
// hand over to the prelude.

import BigInt
import WeftMemory
import WeftSyntax

extension Runtime {
    func registerBuiltins() {
        internDunders()
        emptyTuple = immortalTuple([])
        asciiChars = (0..<128).map { newStr(String(UnicodeScalar(UInt8($0))), immortal: true)! }
        memoryError = newInstance(types.memoryError)!
        ObjectRef(memoryError)[ExceptionField.args] = emptyTuple
        let b = newDict(immortal: false)!
        builtinsDict = b
        for (name, t) in [("object", types.object), ("type", types.type), ("int", types.int), ("bool", types.bool),
                          ("float", types.float), ("str", types.str), ("tuple", types.tuple), ("list", types.list),
                          ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset), ("range", types.range),
                          ("slice", types.slice), ("property", types.property), ("staticmethod", types.staticmethod),
                          ("classmethod", types.classmethod), ("super", types.superType), ("bytes", types.bytes),
                          ("bytearray", types.bytearray),
                          ("enumerate", types.enumerate), ("zip", types.zip), ("reversed", types.reversed),
                          ("complex", types.complex), ("map", types.mapIterator), ("filter", types.filterIterator)] {
            _ = dictSetStr(builtinsDict, intern(name), t)
        }
        for (name, t) in types.exceptions { _ = dictSetStr(builtinsDict, intern(name), t) }
        for alias in ["IOError", "EnvironmentError"] { _ = dictSetStr(builtinsDict, intern(alias), types.osError) }
        _ = dictSetStr(builtinsDict, intern("None"), .none)
        _ = dictSetStr(builtinsDict, intern("Ellipsis"), .ellipsis)
        _ = dictSetStr(builtinsDict, intern("NotImplemented"), .notImplemented)
        _ = dictSetStr(builtinsDict, dunder(.debug), .true)
        _ = dictSetStr(builtinsDict, dunder(.name), intern("builtins"))

        define(builtinsDict, "print") { rt, a in rt.builtinPrint(a) }
        define(builtinsDict, "len") { rt, a in
            guard rt.checkArgs(a, "len", min: 1, max: 1) else { return .null }
            return rt.lengthOf(rt.arg(a, 0))
        }
        define(builtinsDict, "repr") { rt, a in
            guard rt.checkArgs(a, "repr", min: 1, max: 1) else { return .null }
            let x = rt.arg(a, 0)
            if let s = rt.reprString(x) { return rt.newStr(s) ?? .null }
            return rt.tailCall(rt.prelude("_repr"), [x])
        }
        define(builtinsDict, "isinstance") { rt, a in
            guard rt.checkArgs(a, "isinstance", min: 2, max: 2) else { return .null }
            return rt.isInstanceCheck(rt.arg(a, 0), rt.arg(a, 1))
        }
        define(builtinsDict, "issubclass") { rt, a in
            guard rt.checkArgs(a, "issubclass", min: 2, max: 2) else { return .null }
            let c = rt.arg(a, 0)
            guard rt.kindOf(c) == .type else { return rt.raise(rt.types.typeError, "issubclass() arg 1 must be a class") }
            return rt.subclassCheck(c, rt.arg(a, 1))
        }
        define(builtinsDict, "id") { rt, a in
            guard rt.checkArgs(a, "id", min: 1, max: 1) else { return .null }
            return rt.newInt(rt.identity(rt.arg(a, 0))) ?? .null
        }
        define(builtinsDict, "hash") { rt, a in
            guard rt.checkArgs(a, "hash", min: 1, max: 1) else { return .null }
            let x = rt.arg(a, 0)
            if let h = rt.nativeHash(x) { return rt.newInt(h) ?? .null }
            if !rt.raising.isNull { return .null }
            return rt.tailCall(rt.prelude("_hash"), [x])
        }
        define(builtinsDict, "callable") { rt, a in
            guard rt.checkArgs(a, "callable", min: 1, max: 1) else { return .null }
            let x = rt.arg(a, 0)
            switch rt.kindOf(x) {
            case .function, .builtin, .method, .type: return .true
            default: return .bool(!rt.lookupInType(rt.typeOf(x), rt.dunder(.call)).isNull)
            }
        }
        define(builtinsDict, "iter") { rt, a in
            guard rt.checkArgs(a, "iter", min: 1, max: 2) else { return .null }
            if a.count == 2 { return rt.newIterator(rt.types.callIterator, rt.arg(a, 0), rt.arg(a, 1)) ?? .null }
            return rt.getIterator(rt.arg(a, 0))
        }
        define(builtinsDict, "next") { rt, a in
            guard rt.checkArgs(a, "next", min: 1, max: 2) else { return .null }
            return rt.builtinNext(a)
        }
        define(builtinsDict, "getattr") { rt, a in
            guard rt.checkArgs(a, "getattr", min: 2, max: 3) else { return .null }
            let name = rt.arg(a, 1)
            guard rt.kindOf(name) == .str else { return rt.raise(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(name))'") }
            if a.count == 3 { return rt.tailCall(rt.prelude("_getattr_default"), [rt.arg(a, 0), name, rt.arg(a, 2)]) }
            let key = rt.intern(StrView(name).string)     // may allocate: arguments are read after it
            return rt.getAttribute(rt.arg(a, 0), key)
        }
        define(builtinsDict, "setattr") { rt, a in
            guard rt.checkArgs(a, "setattr", min: 3, max: 3) else { return .null }
            let name = rt.arg(a, 1)
            guard rt.kindOf(name) == .str else { return rt.raise(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(name))'") }
            let key = rt.intern(StrView(name).string)
            return rt.setAttributeGivingNone(rt.arg(a, 0), key, rt.arg(a, 2))
        }
        define(builtinsDict, "delattr") { rt, a in
            guard rt.checkArgs(a, "delattr", min: 2, max: 2) else { return .null }
            let name = rt.arg(a, 1)
            guard rt.kindOf(name) == .str else { return rt.raise(rt.types.typeError, "attribute name must be string, not '\(rt.typeName(name))'") }
            let key = rt.intern(StrView(name).string)
            return rt.deleteAttribute(rt.arg(a, 0), key) ? .none : .null
        }
        define(builtinsDict, "hasattr") { rt, a in
            guard rt.checkArgs(a, "hasattr", min: 2, max: 2) else { return .null }
            return rt.tailCall(rt.prelude("_hasattr"), [rt.arg(a, 0), rt.arg(a, 1)])
        }
        define(builtinsDict, "abs") { rt, a in
            guard rt.checkArgs(a, "abs", min: 1, max: 1) else { return .null }
            let x = rt.arg(a, 0)
            if let r = rt.numberAbs(x) { return r }
            let m = rt.lookupInType(rt.typeOf(x), rt.dunder(.abs))
            if m.isNull { return rt.raise(rt.types.typeError, "bad operand type for abs(): '\(rt.typeName(x))'") }
            return rt.tailCall(m, [x])
        }
        define(builtinsDict, "chr") { rt, a in
            guard rt.checkArgs(a, "chr", min: 1, max: 1) else { return .null }
            guard let v = rt.intValue(rt.arg(a, 0)) else { return rt.raise(rt.types.typeError, "an integer is required") }
            guard v >= 0 && v <= 0x10FFFF else { return rt.raise(rt.types.valueError, "chr() arg not in range(0x110000)") }
            return v < 128 ? rt.asciiChars[v] : rt.newStr(codePoints: [UInt32(v)]) ?? .null
        }
        define(builtinsDict, "ord") { rt, a in
            guard rt.checkArgs(a, "ord", min: 1, max: 1) else { return .null }
            let x = rt.arg(a, 0)
            if rt.kindOf(x) == .bytearray {
                let n = rt.byteCount(x)
                guard n == 1 else { return rt.raise(rt.types.typeError, "ord() expected a character, but string of length \(n) found") }
                return .smallInt(Int(rt.byteAt(x, 0)))
            }
            guard rt.kindOf(x) == .str || rt.kindOf(x) == .bytes else {
                return rt.raise(rt.types.typeError, "ord() expected string of length 1, but \(rt.typeName(x)) found")
            }
            let s = StrView(x)
            guard s.count == 1 else { return rt.raise(rt.types.typeError, "ord() expected a character, but string of length \(s.count) found") }
            return .smallInt(Int(s[0]))
        }
        define(builtinsDict, "globals") { rt, a in ObjectRef(rt.currentFrame)[FrameField.globals] }
        define(builtinsDict, "__build_class__") { rt, a in
            rt.tailCall(rt.prelude("_build_class"), (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
        }
        registerConstructors()
        registerCoreMethods()
        registerGeneratorMethods()
        registerPrimitives()
        registerFilePrimitives()
        registerStrings()
        registerGC()
        registerTime()
        registerContinuations()
        registerScheduler()
        registerSubclassing()
        registerDictMethods()
        registerSetMethods()
        registerListMethods()
        registerRangeMethods()
        registerIterableBuiltins()
        registerNumbers()
        registerIntrospection()
    }

    func isInstanceCheck(_ x: Word, _ c: Word) -> Word {
        if let r = guestInstanceCheck(x, c) { return r }
        if kindOf(c) == .tuple {
            let t = TupleView(c)
            for k in 0..<t.count {
                let r = isInstanceCheck(x, t[k])
                if r != .false { return r }
            }
            return .false
        }
        guard kindOf(c) == .type else {
            return raise(types.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        return .bool(isInstance(x, c))
    }

    func subclassCheck(_ x: Word, _ c: Word) -> Word {
        if let r = guestSubclassCheck(x, c) { return r }
        if kindOf(c) == .tuple {
            let t = TupleView(c)
            for k in 0..<t.count where subclassCheck(x, t[k]) == .true { return .true }
            return .false
        }
        guard kindOf(c) == .type else {
            return raise(types.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        return .bool(isSubtype(x, c))
    }

    func builtinNext(_ a: Args) -> Word {
        let it = arg(a, 0)
        if let v = nativeNext(it) {
            if !v.isNull { return v }
            if !raising.isNull { return .null }
            if a.count == 2 { return arg(a, 1) }
            return raiseEmpty(types.stopIteration)
        }
        if kindOf(it) == .generator && a.count == 1 {
            return resume(it, sent: .none, thrown: .null, mode: a.destination < 0 ? .discard : .generatorNext, dst: a.destination)
        }
        if a.count == 2 { return tailCall(prelude("_next_default"), [it, arg(a, 1)]) }
        let nx = lookupInType(typeOf(it), dunder(.next))
        if nx.isNull { return raise(types.typeError, "'\(typeName(it))' object is not an iterator") }
        return tailCall(nx, [it])
    }

    func builtinPrint(_ a: Args) -> Word {
        let n = positionalCount(a)
        let sepW = keyword(a, "sep"), endW = keyword(a, "end"), file = keyword(a, "file"), flush = keyword(a, "flush")
        var parts: [String] = []
        var native = (file.isNull || file == .none)
            && (sepW.isNull || sepW == .none || kindOf(sepW) == .str) && (endW.isNull || endW == .none || kindOf(endW) == .str)
        if native {
            for k in 0..<n {
                guard let s = strString(arg(a, k)) else { native = false; break }
                parts.append(s)
            }
        }
        guard native else {
            let m = vsp
            guard let args = newTuple(fromStack: a.base, count: n) else { return .null }
            let ka = keep(args)
            defer { release(to: m) }
            // The keyword values moved with the allocation: read them again.
            let sepW = keyword(a, "sep"), endW = keyword(a, "end"), file = keyword(a, "file"), flush = keyword(a, "flush")
            return tailCall(prelude("_print"), [kept(ka), sepW.isNull ? .none : sepW, endW.isNull ? .none : endW,
                                                file.isNull ? .none : file, flush.isNull ? .false : flush])
        }
        let sep = sepW.isNull || sepW == .none ? " " : StrView(sepW).string
        let end = endW.isNull || endW == .none ? "\n" : StrView(endW).string
        stdout.write(parts.joined(separator: sep) + end)
        if flush == .true { stdout.flush() }
        return .none
    }
}
