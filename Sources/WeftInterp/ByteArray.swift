// bytearray: mutable byte strings. The bytes live in a raw array (ByteArrayField) that
// grows by over-allocating, so append is amortized O(1). Every method bytes has is
// bytes' own (Bytes.swift registers them on both types); this file has the storage, the
// constructor, item and slice assignment and deletion, the mutating methods and the
// in-place operators.

import WeftMemory
import WeftSyntax

struct ByteArrayView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    @inline(__always) var count: Int { Int(o.raw(ByteArrayField.length)) }
    @inline(__always) var buffer: ObjectRef { ObjectRef(o[ByteArrayField.items]) }
    @inline(__always) var capacity: Int { Int(buffer.raw(ArrayField.capacity)) }
    @inline(__always) var data: UnsafeMutableRawPointer { buffer.base + ArrayField.fixedWords * 8 }
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: data, count: count)) }
}

extension Runtime {
    /// A raw array of `capacity` bytes (contents undefined).
    func newRawBuffer(capacity: Int) -> ObjectRef? {
        guard let r = allocate(LayoutID.raw, bytes: ArrayField.fixedWords * 8 + ((capacity + 7) & ~7), cls: .none) else { return nil }
        r.setRaw(ArrayField.capacity, UInt64(capacity))
        return r
    }

    func newByteArray(_ b: [UInt8]) -> Word? {
        guard let buf = newRawBuffer(capacity: b.count) else { return nil }
        let kb = keep(buf.word)
        defer { release(to: kb) }
        guard let o = allocate(LayoutID.bytearray, bytes: ByteArrayField.fixedWords * 8, cls: types.bytearray) else { return nil }
        o[ByteArrayField.items] = kept(kb)
        o.setRaw(ByteArrayField.length, 0)
        byteArrayStore(o.word, b)
        return o.word
    }

    /// Writes `b` as the whole contents of bytearray `w`, whose buffer can hold it.
    private func byteArrayStore(_ w: Word, _ b: [UInt8]) {
        let v = ByteArrayView(w)
        precondition(v.capacity >= b.count)
        b.withUnsafeBytes { if $0.count > 0 { v.data.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        v.o.setRaw(ByteArrayField.length, UInt64(b.count))
    }

    /// Makes the bytearray's buffer hold at least `n` bytes (over-allocating as CPython's
    /// bytearray_resize), keeping its contents. False if out of memory (raised).
    func byteArrayReserve(_ w: Word, _ n: Int) -> Bool {
        let v = ByteArrayView(w)
        if v.capacity >= n { return true }
        let k = keep(w)
        defer { release(to: k) }
        guard let buf = newRawBuffer(capacity: n + (n >> 3) + (n < 9 ? 3 : 6)) else { return false }
        let old = ByteArrayView(kept(k))
        buf.base.advanced(by: ArrayField.fixedWords * 8).copyMemory(from: old.data, byteCount: old.count)
        old.o[ByteArrayField.items] = buf.word
        return true
    }

    /// Replaces the contents of bytearray `w` by `b`. False if out of memory.
    func setByteArray(_ w: Word, _ b: [UInt8]) -> Bool {
        let k = keep(w)
        defer { release(to: k) }
        guard byteArrayReserve(w, b.count) else { return false }
        byteArrayStore(kept(k), b)
        return true
    }

    /// The number of bytes of a bytes or bytearray (subclass instances included).
    @inline(__always) func byteCount(_ w: Word) -> Int {
        kindOf(w) == .bytearray ? ByteArrayView(w).count : StrView(w).count
    }

    @inline(__always) func byteAt(_ w: Word, _ i: Int) -> UInt8 {
        kindOf(w) == .bytearray ? ByteArrayView(w).data.load(fromByteOffset: i, as: UInt8.self) : UInt8(StrView(w)[i])
    }

    /// repr() of a bytes or bytearray: b'...', or bytearray(b'...') with the class's name.
    func bytesRepr(_ w: Word) -> String {
        let r = pyRepr(bytes: bytesOf(w))
        guard kindOf(w) == .bytearray else { return r }
        // bytearray_repr escapes ' even inside double quotes.
        var q = ""
        for c in r { if c == "'" && r.hasPrefix("b\"") { q += "\\'" } else { q.append(c) } }
        return "\(TypeView(typeOf(w)).nameString)(\(q))"
    }

    /// A byte value argument: an int in range(256), else TypeError or ValueError.
    func byteValue(_ v: Word) -> UInt8? {
        guard isIntLike(v) else {
            raise(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
            return nil
        }
        guard let x = intValue(v), x >= 0 && x < 256 else {
            raise(types.valueError, "byte must be in range(0, 256)")
            return nil
        }
        return UInt8(x)
    }

    /// The bytes of a value assigned to a slice or given to extend: bytes-like, or an
    /// iterable of ints iterated natively. nil: raised, or (nothing raised) the value
    /// needs guest iteration.
    func assignedBytes(_ v: Word) -> [UInt8]? {
        if let b = bytesLike(v) { return b }
        let m = vsp
        defer { release(to: m) }
        if isHeapType(typeOf(v)) { return nil }
        guard let (base, n) = collectToStack(v) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        for k in 0..<n {
            if !isIntLike(vs[base + k]) && isHeapType(typeOf(vs[base + k])) { return nil }
            guard let x = byteValue(vs[base + k]) else { return nil }
            out.append(x)
        }
        return out
    }

    /// A mutating method: the receiver's contents replaced by `f` of them; None.
    func byteArrayMutate(_ a: Args, _ f: (inout [UInt8]) -> Void) -> Word {
        var b = bytesOf(arg(a, 0))
        f(&b)
        return setByteArray(arg(a, 0), b) ? .none : .null
    }

    func registerByteArray() {
        let t = types.bytearray
        constructors[t.address] = { rt, a in
            guard let b = rt.bytesArguments(a, array: true) else { return .null }
            return rt.newByteArray(b) ?? .null
        }
        func method(_ name: String, _ style: ArgStyle, min: Int = 0, max: Int = 0, names: [String] = [],
                    _ body: @escaping (Runtime<GC>, Args, [Int]) -> Word) {
            defineTypedMethod(t, name) { rt, a in
                guard let p = rt.methodArgs(a, "bytearray", name, style, min: min, max: max, names: names) else { return .null }
                return body(rt, a, p)
            }
        }
        method("__setitem__", .slot, min: 2, max: 2) { rt, a, p in
            let key = rt.slotValue(p[0]), value = rt.slotValue(p[1])
            let n = rt.byteCount(rt.arg(a, 0))
            if rt.isIntLike(key) {
                guard let i = rt.intValue(key), (i < 0 ? i + n : i) >= 0, (i < 0 ? i + n : i) < n else {
                    return rt.raise(rt.types.indexError, "bytearray index out of range")
                }
                guard let x = rt.byteValue(value) else { return .null }
                ByteArrayView(rt.arg(a, 0)).data.storeBytes(of: x, toByteOffset: i < 0 ? i + n : i, as: UInt8.self)
                return .none
            }
            guard rt.kindOf(key) == .slice else {
                return rt.raise(rt.types.typeError, "bytearray indices must be integers or slices, not \(rt.typeName(key))")
            }
            guard let (start, stop, step, count) = rt.sliceIndices(key, length: n) else { return .null }
            if rt.isIntLike(value) || rt.kindOf(value) == .str {
                return rt.raise(rt.types.typeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            guard let new = rt.assignedBytes(value) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_bytearray_setslice"), [rt.arg(a, 0), rt.slotValue(p[0]), rt.slotValue(p[1])])
            }
            var b = rt.bytesOf(rt.arg(a, 0))
            if step == 1 {
                b.replaceSubrange(start..<Swift.max(start, stop), with: new)
            } else {
                guard new.count == count else {
                    return rt.raise(rt.types.valueError, "attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
                }
                for (k, x) in new.enumerated() { b[start + k * step] = x }
            }
            return rt.setByteArray(rt.arg(a, 0), b) ? .none : .null
        }
        method("__delitem__", .slot, min: 1, max: 1) { rt, a, p in
            let key = rt.slotValue(p[0])
            let n = rt.byteCount(rt.arg(a, 0))
            if rt.isIntLike(key) {
                guard let i = rt.intValue(key), (i < 0 ? i + n : i) >= 0, (i < 0 ? i + n : i) < n else {
                    return rt.raise(rt.types.indexError, "bytearray index out of range")
                }
                return rt.byteArrayMutate(a) { $0.remove(at: i < 0 ? i + n : i) }
            }
            guard rt.kindOf(key) == .slice else {
                return rt.raise(rt.types.typeError, "bytearray indices must be integers or slices, not \(rt.typeName(key))")
            }
            guard let (start, _, step, count) = rt.sliceIndices(key, length: n) else { return .null }
            let drop = Set((0..<count).map { start + $0 * step })
            return rt.byteArrayMutate(a) { b in b = b.enumerated().filter { !drop.contains($0.offset) }.map { $0.element } }
        }
        method("append", .exactlyOne, min: 1, max: 1) { rt, a, p in
            guard let x = rt.byteValue(rt.slotValue(p[0])) else { return .null }
            let n = rt.byteCount(rt.arg(a, 0))
            guard rt.byteArrayReserve(rt.arg(a, 0), n + 1) else { return .null }
            let v = ByteArrayView(rt.arg(a, 0))
            v.data.storeBytes(of: x, toByteOffset: n, as: UInt8.self)
            v.o.setRaw(ByteArrayField.length, UInt64(n + 1))
            return .none
        }
        method("extend", .exactlyOne, min: 1, max: 1) { rt, a, p in
            let v = rt.slotValue(p[0])
            guard let more = rt.assignedBytes(v) else {
                if !rt.raising.isNull { return .null }
                let v = rt.slotValue(p[0])
                if !rt.isIterable(v) { return rt.raise(rt.types.typeError, "can't extend bytearray with \(rt.typeName(v))") }
                return rt.tailCall(rt.prelude("_bytearray_extend"), [rt.arg(a, 0), rt.slotValue(p[0])])
            }
            return rt.byteArrayMutate(a) { $0 += more }
        }
        method("__iadd__", .slot, min: 1, max: 1) { rt, a, p in
            let v = rt.slotValue(p[0])
            guard let more = rt.bytesLike(v) else { return rt.raise(rt.types.typeError, "can't concat \(rt.typeName(v)) to bytearray") }
            if rt.byteArrayMutate(a, { $0 += more }).isNull { return .null }
            return rt.arg(a, 0)
        }
        method("__imul__", .slot, min: 1, max: 1) { rt, a, p in
            let nw = rt.slotValue(p[0])
            guard rt.isIntLike(nw) else { return .notImplemented }
            guard let n = rt.intValue(nw) else { return rt.raise(rt.types.overflowError, "cannot fit 'int' into an index-sized integer") }
            if rt.byteArrayMutate(a, { b in let one = b; b = []; for _ in 0..<Swift.max(0, n) { b += one } }).isNull { return .null }
            return rt.arg(a, 0)
        }
        method("pop", .positional, max: 1) { rt, a, p in
            let n = rt.byteCount(rt.arg(a, 0))
            var i = -1
            if p[0] >= 0 { guard let v = rt.indexArg(rt.slotValue(p[0])) else { return .null }; i = v }
            if n == 0 { return rt.raise(rt.types.indexError, "pop from empty bytearray") }
            if i < 0 { i += n }
            guard i >= 0 && i < n else { return rt.raise(rt.types.indexError, "pop index out of range") }
            let x = rt.byteAt(rt.arg(a, 0), i)
            return rt.byteArrayMutate(a) { $0.remove(at: i) }.isNull ? .null : .smallInt(Int(x))
        }
        method("insert", .positional, min: 2, max: 2) { rt, a, p in
            guard let i0 = rt.indexArg(rt.slotValue(p[0])), let x = rt.byteValue(rt.slotValue(p[1])) else { return .null }
            let n = rt.byteCount(rt.arg(a, 0))
            let i = i0 < 0 ? Swift.max(0, i0 + n) : Swift.min(i0, n)
            return rt.byteArrayMutate(a) { $0.insert(x, at: i) }
        }
        method("remove", .exactlyOne, min: 1, max: 1) { rt, a, p in
            guard let x = rt.byteValue(rt.slotValue(p[0])) else { return .null }
            guard let i = rt.bytesOf(rt.arg(a, 0)).firstIndex(of: x) else { return rt.raise(rt.types.valueError, "value not found in bytearray") }
            return rt.byteArrayMutate(a) { $0.remove(at: i) }
        }
        method("clear", .noArgs) { rt, a, _ in rt.byteArrayMutate(a) { $0 = [] } }
        method("reverse", .noArgs) { rt, a, _ in rt.byteArrayMutate(a) { $0.reverse() } }
        method("copy", .noArgs) { rt, a, _ in rt.newByteArray(rt.bytesOf(rt.arg(a, 0))) ?? .null }
        method("__alloc__", .noArgs) { rt, a, _ in .smallInt(ByteArrayView(rt.arg(a, 0)).capacity + 1) }
        define(weftModuleDict, "bytearray_assign") { rt, a in
            rt.setByteArray(rt.arg(a, 0), rt.bytesOf(rt.arg(a, 1))) ? .none : .null
        }
    }
}
