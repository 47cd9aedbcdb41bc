// Type objects. Built-in types are immortal objects made at start-up; user classes are
// ordinary heap objects made by `class` statements. Every object's word 1 is its type;
// small ints, flonums and singletons get theirs from their tag. A type's `kind` names
// the built-in type whose layout and behaviour its instances have.

import WeftMemory

enum Kind: UInt8 {
    case object, type, none, bool, int, float, complex, str, bytes, tuple, list, dict, set, frozenset
    case function, builtin, method, module, cell, frame, generator, range, slice, property
    case staticmethod, classmethod, superObject, traceback, notImplemented, ellipsis, iterator
    case exception, dictView, code, member, continuation, bytearray
    // (bytearray must stay the last: TypeView.kind relies on it)
}

struct TypeFlags {
    static let heapType: UInt64 = 1          // made by a class statement
    static let hasDel: UInt64 = 2            // instances have __del__
    static let baseType: UInt64 = 4          // can be subclassed
    static let hasGetattr: UInt64 = 8        // defines __getattr__
    static let hasSetattr: UInt64 = 16       // defines __setattr__ or __delattr__
    static let hasGetattribute: UInt64 = 32  // overrides __getattribute__
    static let noDict: UInt64 = 64           // instances have no __dict__ (__slots__ without it)
}

struct BuiltinTypes {
    var type = Word.null, object = Word.null, none = Word.null, bool = Word.null, int = Word.null
    var float = Word.null, complex = Word.null, str = Word.null, bytes = Word.null, bytearray = Word.null, tuple = Word.null
    var list = Word.null, dict = Word.null, set = Word.null, frozenset = Word.null
    var function = Word.null, builtinFunction = Word.null, methodDescriptor = Word.null, method = Word.null
    var module = Word.null, cell = Word.null, frame = Word.null, generator = Word.null, coroutine = Word.null
    var range = Word.null, slice = Word.null, property = Word.null, staticmethod = Word.null
    var classmethod = Word.null, superType = Word.null, traceback = Word.null, notImplemented = Word.null
    var ellipsis = Word.null, code = Word.null, memberDescriptor = Word.null
    var listIterator = Word.null, tupleIterator = Word.null, rangeIterator = Word.null, strIterator = Word.null
    var dictKeyIterator = Word.null, dictValueIterator = Word.null, dictItemIterator = Word.null
    var setIterator = Word.null, enumerate = Word.null, zip = Word.null, reversed = Word.null
    var dictKeys = Word.null, dictValues = Word.null, dictItems = Word.null, callIterator = Word.null
    var seqIterator = Word.null, mapIterator = Word.null, filterIterator = Word.null
    var listReverseIterator = Word.null, dictReverseKeyIterator = Word.null, dictReverseValueIterator = Word.null
    var dictReverseItemIterator = Word.null, longRangeIterator = Word.null
    /// Exception classes by name.
    var exceptions: [String: Word] = [:]
    var baseException = Word.null, exception = Word.null, typeError = Word.null, valueError = Word.null
    var keyError = Word.null, indexError = Word.null, attributeError = Word.null, nameError = Word.null
    var unboundLocalError = Word.null, stopIteration = Word.null, zeroDivisionError = Word.null
    var overflowError = Word.null, memoryError = Word.null, recursionError = Word.null
    var runtimeError = Word.null, notImplementedError = Word.null, assertionError = Word.null
    var importError = Word.null, moduleNotFoundError = Word.null, lookupError = Word.null
    var continuation = Word.null
    var generatorExit = Word.null, systemExit = Word.null, keyboardInterrupt = Word.null
    var stopAsyncIteration = Word.null, unicodeDecodeError = Word.null, unicodeEncodeError = Word.null
    var osError = Word.null, eofError = Word.null, syntaxError = Word.null, arithmeticError = Word.null
}

/// Read access to a type object.
struct TypeView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    @inline(__always) var kind: Kind {
        // (Kind's raw values are 0...bytearray without gaps; Kind(rawValue:) is an
        // out-of-line switch, and this is on every attribute access.)
        let r = UInt8(truncatingIfNeeded: o.raw(TypeField.kind))
        return r <= Kind.bytearray.rawValue ? unsafeBitCast(r, to: Kind.self) : .object
    }
    @inline(__always) var flags: UInt64 { o.raw(TypeField.flags) }
    @inline(__always) var mro: Word { o[TypeField.mro] }
    @inline(__always) var dict: Word { o[TypeField.dict] }
    @inline(__always) var name: Word { o[TypeField.name] }
    var nameString: String { StrView(name).string }
}

extension Runtime {
    @inline(__always)
    func typeOf(_ w: Word) -> Word {
        if w.isPointer { return ObjectRef(w)[1] }
        if w.isSmallInt { return types.int }
        if w.isFlonum { return types.float }
        switch w.raw {
        case Word.none.raw: return types.none
        case Word.true.raw, Word.false.raw: return types.bool
        case Word.notImplemented.raw: return types.notImplemented
        case Word.ellipsis.raw: return types.ellipsis
        default: return types.none
        }
    }

    func typeName(_ w: Word) -> String { TypeView(typeOf(w)).nameString }

    /// Makes a built-in type (immortal), with an empty dict; its MRO is set from `base`.
    func makeBuiltinType(_ name: String, base: Word, kind: Kind, flags: UInt64 = TypeFlags.baseType, module: String = "builtins") -> Word {
        let t = allocateImmortal(LayoutID.type, bytes: TypeField.words * 8, cls: types.type)
        t[TypeField.name] = intern(name)
        t[TypeField.qualname] = intern(name)
        t[TypeField.module] = intern(module)
        t[TypeField.doc] = .none
        t[TypeField.dict] = newDict(immortal: true)!
        t.setRaw(TypeField.flags, flags)
        t.setRaw(TypeField.kind, UInt64(kind.rawValue))
        t.setRaw(TypeField.instanceSlots, 4)
        t.setRaw(TypeField.slotWords, 0)
        t.setRaw(TypeField.rootMap, UInt64(maps.newRoot()))
        if base.isNull {
            t[TypeField.bases] = immortalTuple([])
            t[TypeField.mro] = immortalTuple([t.word])
        } else {
            t[TypeField.bases] = immortalTuple([base])
            let baseMRO = TupleView(TypeView(base).mro)
            t[TypeField.mro] = immortalTuple([t.word] + (0..<baseMRO.count).map { baseMRO[$0] })
        }
        return t.word
    }

    func immortalTuple(_ items: [Word]) -> Word {
        let t = allocateImmortal(LayoutID.tuple, bytes: (TupleField.fixedWords + items.count) * 8, cls: types.tuple)
        t.setRaw(TupleField.length, UInt64(items.count))
        for (k, w) in items.enumerated() { t[TupleField.fixedWords + k] = w }
        return t.word
    }

    /// Finds `name` (a str) along the MRO of type `t`; null if absent.
    /// The attribute `name` of type `t` (null: absent), from its MRO's dicts. Cached (as
    /// CPython's type attribute cache): an entry names the type and the name by address
    /// and holds while classVersion (bumped by every change of a class's attributes) and
    /// the collection count (objects may have moved or died) are what they were.
    @inline(__always) func lookupInType(_ t: Word, _ name: Word) -> Word {
        let slot = Int(truncatingIfNeeded: ((t.address >> 4) &* 31 ^ (name.address >> 4)) & UInt(Runtime.typeLookupSize - 1))
        let e = typeLookups + slot
        if e.pointee.type == t.address && e.pointee.name == name.address && e.pointee.version == classVersion
            && e.pointee.collections == gc.stats.collections {
            return e.pointee.value
        }
        let v = lookupInMRO(t, name)
        e.pointee = TypeLookupEntry(type: t.address, name: name.address, version: classVersion, collections: gc.stats.collections, value: v)
        return v
    }

    func lookupInMRO(_ t: Word, _ name: Word) -> Word {
        let mro = TupleView(TypeView(t).mro)
        let h = StrView(name).hash
        for k in 0..<mro.count {
            let d = TypeView(mro[k]).dict
            let v = dictGet(d, name, hash: h)
            if !v.isNull { return v }
        }
        return .null
    }

    func isSubtype(_ a: Word, _ b: Word) -> Bool {
        if a == b { return true }
        let mro = TupleView(TypeView(a).mro)
        for k in 0..<mro.count where mro[k] == b { return true }
        return false
    }

    @inline(__always) func isInstance(_ w: Word, _ t: Word) -> Bool { isSubtype(typeOf(w), t) }

    @inline(__always) func kindOf(_ w: Word) -> Kind {
        if w.isSmallInt { return .int }
        if w.isFlonum { return .float }
        if w.isPointer { return TypeView(ObjectRef(w)[1]).kind }
        if w.isBool { return .bool }
        if w == .none { return .none }
        if w == .notImplemented { return .notImplemented }
        return .ellipsis
    }
}

struct TypeLookupEntry {
    var type: UInt = 0
    var name: UInt = 0
    var version: UInt64 = 0
    var collections = 0
    var value: Word = .null
}
