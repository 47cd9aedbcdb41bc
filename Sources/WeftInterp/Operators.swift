// The operator protocol for built-in types: arithmetic, comparison, truth, hashing and
// equality, natively. Operands of other types (user classes with __add__, __eq__...)
// go to the prelude's _binary_op/_compare_op (see Prelude.swift), which follow CPython's
// binary_op1 and do_richcompare, as a tail call — never a Swift-level guest call.

import BigInt
import WeftMemory

extension Runtime {
    func binaryOp(_ kind: BinaryKind, _ x: Word, _ y: Word, inplace: Bool) -> Word {
        if inplace, let r = collectionInplace(kind, x, y) { return r }
        if let r = nativeBinary(kind, x, y) { return r }
        if !raising.isNull { return .null }
        return tailCall(prelude("_binary_op"), [x, y, .smallInt(Int(kind.rawValue)), .bool(inplace)])
    }

    /// The result for built-in operand types; nil when the operands are not handled
    /// here (then the protocol decides) or when an exception is raised (`raising` set).
    func nativeBinary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        let kx = kindOf(x), ky = kindOf(y)
        if isNumberKind(kx) && isNumberKind(ky) && isExactNumeric(x) && isExactNumeric(y) { return numberBinary(kind, x, y) }
        if kind == .add && kx == .str && ky == .str { return strConcat(x, y) ?? .null }
        if kind == .add && kx == .list && ky == .list && isExact(x) && isExact(y) { return listConcat(x, y) ?? .null }
        if kind == .add && kx == .tuple && ky == .tuple && isExact(x) && isExact(y) { return tupleConcat(x, y) ?? .null }
        if kind == .mul {
            if (kx == .str || kx == .list || kx == .tuple) && (ky == .int || ky == .bool) && isExact(x) { return repeatSequence(x, y) }
            if (ky == .str || ky == .list || ky == .tuple) && (kx == .int || kx == .bool) && isExact(y) { return repeatSequence(y, x) }
        }
        if kind == .mod && kx == .str && isExact(x) { return percentFormat(x, y) }
        return collectionBinary(kind, x, y)
    }

    @inline(__always) func isExact(_ w: Word) -> Bool {
        !w.isPointer || isImmortal(ObjectRef(w)[1])
    }

    @inline(__always) func isExactNumeric(_ w: Word) -> Bool {
        !w.isPointer || isImmortal(ObjectRef(w)[1])
    }

    /// int, bool, float or complex: the kinds the native arithmetic handles.
    @inline(__always) func isNumberKind(_ k: Kind) -> Bool {
        k == .int || k == .bool || k == .float || k == .complex
    }

    func binarySymbol(_ k: BinaryKind) -> String {
        switch k {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .matmul: return "@"
        case .truediv: return "/"
        case .floordiv: return "//"
        case .mod: return "%"
        case .pow: return "** or pow()"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .or: return "|"
        case .xor: return "^"
        }
    }

    func unaryOp(_ which: Int, _ x: Word) -> Word {
        if isNumberKind(kindOf(x)) && isExact(x), let r = numberUnary(which, x) { return r }
        return tailCall(prelude("_unary_op"), [x, .smallInt(which)])
    }

    func compareOp(_ kind: CompareKind, _ x: Word, _ y: Word) -> Word {
        if let r = nativeCompare(kind, x, y) { return .bool(r) }
        if !raising.isNull { return .null }
        return tailCall(prelude("_compare_op"), [x, y, .smallInt(Int(kind.rawValue))])
    }

    /// Comparison of built-in values; nil when not handled natively.
    func nativeCompare(_ kind: CompareKind, _ x: Word, _ y: Word) -> Bool? {
        let kx = kindOf(x), ky = kindOf(y)
        var c: Int?
        if isNumberKind(kx) && isNumberKind(ky) && isExact(x) && isExact(y) {
            return numberCompare(kind, x, y)
        } else if kx == .str && ky == .str {
            if kind == .eq || kind == .ne { let e = StrView.equal(x, y); return kind == .eq ? e : !e }
            c = StrView.compare(x, y)
        } else if kind == .eq || kind == .ne {
            if x == y && kx != .float && kx != .complex {
                // `a == a` still calls a's own __eq__ (only containers assume identity implies equality).
                if hasGuestEquality(x) { return nil }
                return kind == .eq
            }
            if let e = nativeEqualOrNil(x, y) { return kind == .eq ? e : !e }
            return nil
        } else if (kx == .tuple && ky == .tuple) || (kx == .list && ky == .list) {
            return sequenceCompare(kind, x, y)
        } else if isSetKind(kx) && isSetKind(ky) {
            return setCompareOrNil(kind, x, y)
        }
        guard let r = c else { return nil }
        switch kind {
        case .lt: return r < 0
        case .le: return r <= 0
        case .eq: return r == 0
        case .ne: return r != 0
        case .gt: return r > 0
        case .ge: return r >= 0
        }
    }

    /// Lexicographic comparison of two tuples or lists of natively comparable items.
    func sequenceCompare(_ kind: CompareKind, _ x: Word, _ y: Word) -> Bool? {
        // Deeply nested (or recursive) containers: let the prelude recurse in frames.
        if nativeCompareDepth > 200 { return nil }
        nativeCompareDepth += 1
        defer { nativeCompareDepth -= 1 }
        let items: (Word) -> [Word] = { w in
            if self.kindOf(w) == .tuple { let t = TupleView(w); return (0..<t.count).map { t[$0] } }
            let l = ListView(w); return (0..<l.count).map { l[$0] }
        }
        let a = items(x), b = items(y)
        for k in 0..<min(a.count, b.count) {
            if a[k] == b[k] { continue }
            guard let e = nativeEqualOrNil(a[k], b[k]) else { return nil }
            if e { continue }
            if kind == .eq { return false }
            if kind == .ne { return true }
            return nativeCompare(kind, a[k], b[k])
        }
        let c = a.count < b.count ? -1 : a.count > b.count ? 1 : 0
        switch kind {
        case .lt: return c < 0
        case .le: return c <= 0
        case .eq: return c == 0
        case .ne: return c != 0
        case .gt: return c > 0
        case .ge: return c >= 0
        }
    }

    /// Equality decided without guest code; nil if guest code would be needed.
    func nativeEqualOrNil(_ x: Word, _ y: Word) -> Bool? {
        if x == y { return !(isFloat(x) && floatValue(x).isNaN) && !(isComplex(x) && (complexValue(x).re.isNaN || complexValue(x).im.isNaN)) }
        let kx = kindOf(x), ky = kindOf(y)
        // Past this test a subclass instance compares as its built-in value.
        let exact = isExact(x) && isExact(y)
        if !exact && (hasGuestEquality(x) || hasGuestEquality(y)) { return nil }
        if isNumberKind(kx) && isNumberKind(ky) { return numberCompare(.eq, x, y) }
        if kx == .str && ky == .str { return StrView.equal(x, y) }
        if (kx == .tuple && ky == .tuple) || (kx == .list && ky == .list) { return sequenceCompare(.eq, x, y) }
        if kx == .bytes && ky == .bytes { return StrView.equal(x, y) }
        if (kx == .bytes || kx == .bytearray) && (ky == .bytes || ky == .bytearray) { return bytesOf(x) == bytesOf(y) }
        if isSetKind(kx) && isSetKind(ky) { return setCompareOrNil(.eq, x, y) }
        if kx == .dict && ky == .dict { return dictEqualOrNil(x, y) }
        if kx == .dictView || ky == .dictView { return nil }
        if kx == .range && ky == .range { return rangeEqual(x, y) }
        if kx == .method && ky == .method { return methodsEqual(x, y) }
        if kx != ky && kx != .object && ky != .object { return false }
        if (kx == .none || kx == .notImplemented || kx == .ellipsis) && isExact(y) { return false }
        if (ky == .none || ky == .notImplemented || ky == .ellipsis) && isExact(x) { return false }
        if kx == .type && ky == .type { return false }
        if kx == .function || kx == .builtin || kx == .module || kx == .cell { return x == y }
        // Objects whose equality is object's own (identity), met with anything that
        // does not define __eq__ in Python: unequal (they are not the same object).
        if kx == .complex || ky == .complex || kx == .slice || ky == .slice { return nil }
        if hasGuestEquality(x) || hasGuestEquality(y) { return nil }
        return false
    }

    /// Does the value's class define __eq__ (or __ne__) in Python?
    func hasGuestEquality(_ w: Word) -> Bool {
        guard w.isPointer else { return false }
        let t = ObjectRef(w)[1]
        guard isHeapType(t) else { return false }
        for name in ["__eq__", "__ne__"] {
            let m = lookupInType(t, intern(name))
            if !m.isNull && kindOf(m) != .builtin { return true }
        }
        return false
    }

    /// Can a key be compared with any other key without guest code?
    func isPlainKey(_ w: Word) -> Bool {
        guard w.isPointer else { return true }
        switch kindOf(w) {
        case .str, .bytes, .int, .float, .none, .bool: return true
        case .tuple:
            if hasGuestEquality(w) { return false }
            let t = TupleView(w)
            for k in 0..<t.count where !isPlainKey(t[k]) { return false }
            return true
        case .frozenset:
            return !hasGuestEquality(w) && setIsPlain(w)
        case .complex, .slice, .dictView:
            return false
        default:
            return !hasGuestEquality(w)
        }
    }

    @inline(__always) func isSetKind(_ k: Kind) -> Bool { k == .set || k == .frozenset }

    /// Bound methods are equal when they bind the same function to the same object.
    func methodsEqual(_ x: Word, _ y: Word) -> Bool? {
        let a = ObjectRef(x), b = ObjectRef(y)
        guard a[MethodField.selfObject] == b[MethodField.selfObject] else { return false }
        return nativeEqualOrNil(a[MethodField.function], b[MethodField.function])
    }

    /// Equality for dict and set keys: identity or native equality.
    func nativeEqual(_ x: Word, _ y: Word) -> Bool {
        nativeEqualOrNil(x, y) ?? false
    }

    /// hash() for built-in hashable values, CPython's algorithm for numbers; nil for
    /// objects whose hash is guest code; raises TypeError (and returns nil) if unhashable.
    func nativeHash(_ w: Word) -> Int? {
        if w.isSmallInt { return hashInt(w.smallIntValue) }
        if w.isFlonum { return hashDouble(w.flonumValue) }
        switch kindOf(w) {
        case .bool: return w == .true ? 1 : 0
        case .none: return 0xFCA86420 >> 4
        case .str, .bytes:
            return isExact(w) || inheritsBuiltin(w, kindOf(w), "__hash__") ? StrView(w).hash : nil
        case .int, .float, .complex:
            return isExact(w) || inheritsBuiltin(w, kindOf(w), "__hash__") ? numberHash(w) : nil
        case .tuple:
            return isExact(w) || inheritsBuiltin(w, .tuple, "__hash__") ? hashTuple(w) : nil
        case .list, .dict, .set, .bytearray:
            if isExact(w) || inheritsBuiltin(w, kindOf(w), "__hash__") { raise(types.typeError, "unhashable type: '\(typeName(w))'") }
            return nil
        case .frozenset:
            return isExact(w) || inheritsBuiltin(w, .frozenset, "__hash__") ? frozensetHash(w) : nil
        case .range:
            return rangeHash(w)
        case .slice:
            raise(types.typeError, "unhashable type: 'slice'")
            return nil
        case .dictView:
            if typeOf(w) == types.dictValues { return identity(w) >> 4 }
            raise(types.typeError, "unhashable type: '\(typeName(w))'")
            return nil
        case .object, .exception:
            let t = typeOf(w)
            let h = lookupInType(t, dunder(.hash))
            if h == .none { raise(types.typeError, "unhashable type: '\(typeName(w))'"); return nil }
            return isObjectMethod(t, "__hash__") ? identity(w) >> 4 : nil
        case .type, .function, .builtin, .module, .cell, .method, .code, .generator:
            return identity(w) >> 4
        default:
            return identity(w) >> 4
        }
    }

    /// True if type `t` inherits `name` from object itself.
    func isObjectMethod(_ t: Word, _ name: String) -> Bool {
        lookupInType(t, intern(name)) == lookupInType(types.object, intern(name))
    }

    /// CPython 3.11's tuplehash (xxHash-based).
    func hashTuple(_ w: Word) -> Int? {
        let t = TupleView(w)
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc: UInt64 = p5
        for k in 0..<t.count {
            guard let h = nativeHash(t[k]) else { return nil }
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(t.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    /// Truth value of built-ins; others through __bool__/__len__ in the prelude.
    func truthValue(_ x: Word) -> Word {
        switch kindOf(x) {
        case .bool: return x
        case .none: return .false
        case .int, .float, .complex: if isExact(x) { return .bool(numberTruth(x)) }
        case .str, .bytes: if isExact(x) { return .bool(StrView(x).count != 0) }
        case .bytearray: if isExact(x) { return .bool(ByteArrayView(x).count != 0) }
        case .tuple: if isExact(x) { return .bool(TupleView(x).count != 0) }
        case .list: if isExact(x) { return .bool(ListView(x).count != 0) }
        case .dict: if isExact(x) { return .bool(DictView(x).used != 0) }
        case .set, .frozenset: if isExact(x) { return .bool(SetView(x).used != 0) }
        case .range: return .bool(ObjectRef(x)[RangeField.length] != .smallInt(0))
        case .dictView: return .bool(DictView(ObjectRef(x)[IteratorField.a]).used != 0)
        case .function, .builtin, .type, .module, .method, .cell: return .true
        default: break
        }
        let t = typeOf(x)
        if lookupInType(t, dunder(.bool)).isNull && lookupInType(t, dunder(.len)).isNull { return .true }
        return tailCall(prelude("_truth"), [x])
    }
}
