// range and slice: their iterators (range_iterator while everything fits a machine
// word, longrange_iterator beyond), indexing and slicing (a slice of a range is a
// range), membership, index/count, equality and hash as rangeobject.c, and the start,
// stop, step attributes and slice.indices().

import BigInt
import WeftMemory

extension Runtime {
    struct RangeValues {
        let start: BigInt, stop: BigInt, step: BigInt, length: BigInt
    }

    func rangeValues(_ r: Word) -> RangeValues {
        let o = ObjectRef(r)
        return RangeValues(start: bigValue(o[RangeField.start]), stop: bigValue(o[RangeField.stop]),
                           step: bigValue(o[RangeField.step]), length: bigValue(o[RangeField.length]))
    }

    /// A new range object from its parts.
    func newRange(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> Word? {
        var len: BigInt = 0
        if step > 0 && start < stop { len = (stop - start - 1) / step + 1 }
        if step < 0 && start > stop { len = (start - stop - 1) / (-step) + 1 }
        let m = vsp
        defer { release(to: m) }
        for v in [start, stop, step, len] {
            guard let w = newInt(v) else { return nil }
            keep(w)
        }
        guard let r = allocate(LayoutID.range, bytes: RangeField.fixedWords * 8, cls: types.range) else { return nil }
        r[RangeField.start] = kept(m)
        r[RangeField.stop] = kept(m + 1)
        r[RangeField.step] = kept(m + 2)
        r[RangeField.length] = kept(m + 3)
        return r.word
    }

    /// range(start, stop, step) of small ints (step not 0) without big arithmetic: nil
    /// when the length is not a small int; .null after a MemoryError.
    func newSmallRange(_ start: Int, _ stop: Int, _ step: Int) -> Word? {
        // Small ints have a bit less than a machine word, so these differences fit one.
        var length = 0
        if step > 0 && start < stop { length = (stop - start - 1) / step + 1 }
        if step < 0 && start > stop { length = (start - stop - 1) / -step + 1 }
        guard Word.fitsSmallInt(length) else { return nil }
        guard let r = allocate(LayoutID.range, bytes: RangeField.fixedWords * 8, cls: types.range) else { return .null }
        r[RangeField.start] = .smallInt(start)
        r[RangeField.stop] = .smallInt(stop)
        r[RangeField.step] = .smallInt(step)
        r[RangeField.length] = .smallInt(length)
        return r.word
    }

    /// iter(range) or reversed(range).
    func rangeIterator(_ x: Word, reversed: Bool) -> Word {
        let o = ObjectRef(x)
        let sw = o[RangeField.start], stw = o[RangeField.step], nw = o[RangeField.length]
        if sw.isSmallInt && stw.isSmallInt && nw.isSmallInt {
            // Within a word: start + length * step lies between start and stop (or is
            // one step past), so it fits when start, stop and step fit a small int.
            let n = nw.smallIntValue
            var start = sw.smallIntValue, step = stw.smallIntValue
            if reversed && n > 0 { start += (n - 1) * step; step = -step }
            let (last, o1) = step.multipliedReportingOverflow(by: n)
            if !o1, Word.fitsSmallInt(start &+ last), Word.fitsSmallInt(start &+ step), Word.fitsSmallInt(step) {
                return newIterator(types.rangeIterator, .smallInt(start), .smallInt(step), n: n) ?? .null
            }
        }
        let v = rangeValues(x)
        var start = v.start, step = v.step
        if reversed {
            start = v.start + (v.length - 1) * v.step
            step = -v.step
            if v.length == 0 { start = v.start }
        }
        let end = start + v.length * step
        if let s = Int(exactly: start), let st = Int(exactly: step), let n = Int(exactly: v.length),
           Word.fitsSmallInt(s), Word.fitsSmallInt(st), let e = Int(exactly: end), Word.fitsSmallInt(e),
           Word.fitsSmallInt(s + st) {
            return newIterator(types.rangeIterator, .smallInt(s), .smallInt(st), n: n) ?? .null
        }
        // longrange_iterator: a = start, b = step, c = length; i counts items given.
        let m = vsp
        defer { release(to: m) }
        guard let sw = newInt(start) else { return .null }
        keep(sw)
        guard let stw = newInt(step) else { return .null }
        keep(stw)
        guard let lw = newInt(v.length) else { return .null }
        keep(lw)
        guard let it = newIterator(types.longRangeIterator, kept(m), kept(m + 1)) else { return .null }
        ObjectRef(it)[IteratorField.c] = kept(m + 2)
        return it
    }

    func longRangeNext(_ itw: Word) -> Word? {
        let it = ObjectRef(itw)
        let i = BigInt(Int64(bitPattern: it.raw(IteratorField.i)))
        if i >= bigValue(it[IteratorField.c]) { return .null }
        it.setRaw(IteratorField.i, it.raw(IteratorField.i) &+ 1)
        return newInt(bigValue(it[IteratorField.a]) + i * bigValue(it[IteratorField.b])) ?? .null
    }

    /// Is the int `x` one of the range's values?
    func rangeContainsInt(_ r: Word, _ x: Word) -> Bool {
        let v = rangeValues(r)
        if v.length == 0 { return false }
        let d = bigValue(x) - v.start
        if v.step > 0 ? (bigValue(x) < v.start || bigValue(x) >= v.stop) : (bigValue(x) > v.start || bigValue(x) <= v.stop) { return false }
        return d % v.step == 0
    }

    func rangeGetItem(_ r: Word, _ key: Word) -> Word {
        if isIntLike(key) {
            // Any int: ranges index with unbounded arithmetic (compute_range_item).
            let v = rangeValues(r)
            var i = bigValue(key)
            if i < 0 { i += v.length }
            guard i >= 0 && i < v.length else { return raise(types.indexError, "range object index out of range") }
            return newInt(v.start + i * v.step) ?? .null
        }
        switch subscriptKey(key, "range") {
        case .index, .slice:
            guard let (start, stop, step) = longSliceIndices(key, length: rangeValues(r).length) else { return .null }
            let v = rangeValues(r)
            return newRange(v.start + start * v.step, v.start + stop * v.step, v.step * step) ?? .null
        case .guest:
            return tailCall(prelude("_subscript_index"), [r, key, .smallInt(0), .none])
        case .failed:
            return .null
        }
    }

    /// _PySlice_GetLongIndices: a slice's start, stop and step for a length, unbounded.
    func longSliceIndices(_ slice: Word, length: BigInt) -> (BigInt, BigInt, BigInt)? {
        let s = ObjectRef(slice)
        let bad = "slice indices must be integers or None or have an __index__ method"
        var step: BigInt = 1
        if s[SliceField.step] != .none {
            guard isIntLike(s[SliceField.step]) else { raise(types.typeError, bad); return nil }
            step = bigValue(s[SliceField.step])
            if step == 0 { raise(types.valueError, "slice step cannot be zero"); return nil }
        }
        let negative = step < 0
        let lower: BigInt = negative ? -1 : 0
        let upper: BigInt = negative ? length - 1 : length
        func bound(_ w: Word, _ dflt: BigInt) -> BigInt? {
            if w == .none { return dflt }
            guard isIntLike(w) else { raise(types.typeError, bad); return nil }
            var v = bigValue(w)
            if v < 0 { v += length; if v < lower { v = lower } } else if v > upper { v = upper }
            return v
        }
        guard let start = bound(s[SliceField.start], negative ? upper : lower),
              let stop = bound(s[SliceField.stop], negative ? lower : upper) else { return nil }
        return (start, stop, step)
    }

    /// range == range: the same sequence of values.
    func rangeEqual(_ x: Word, _ y: Word) -> Bool {
        if x == y { return true }
        let a = rangeValues(x), b = rangeValues(y)
        if a.length != b.length { return false }
        if a.length == 0 { return true }
        if a.start != b.start { return false }
        if a.length == 1 { return true }
        return a.step == b.step
    }

    /// range_hash: the hash of (len, start, step), with None for what does not matter.
    func rangeHash(_ r: Word) -> Int {
        let o = ObjectRef(r)
        let v = rangeValues(r)
        let none = nativeHash(.none)!
        let lh = nativeHash(o[RangeField.length]) ?? 0
        if v.length == 0 { return tupleHash([lh, none, none]) }
        let sh = nativeHash(o[RangeField.start]) ?? 0
        if v.length == 1 { return tupleHash([lh, sh, none]) }
        return tupleHash([lh, sh, nativeHash(o[RangeField.step]) ?? 0])
    }

    /// A read-only attribute of built-in objects, as an immortal property whose getter
    /// is a native.
    func defineGetter(_ type: Word, _ name: String, _ fn: @escaping NativeFunction<GC>) {
        let getter = builtinFunction(name, fn)
        let p = allocateImmortal(LayoutID.property, bytes: PropertyField.fixedWords * 8, cls: types.property)
        p[PropertyField.fget] = getter
        p[PropertyField.fset] = .none
        p[PropertyField.fdel] = .none
        p[PropertyField.doc] = .none
        _ = dictSetStr(TypeView(type).dict, intern(name), p.word)
    }

    func registerRangeMethods() {
        types.longRangeIterator = makeBuiltinType("longrange_iterator", base: types.object, kind: .iterator, flags: 0)
        extraIterators[types.longRangeIterator.address] = { rt, itw in rt.longRangeNext(itw) }
        registerIteratorProtocol(types.longRangeIterator)

        let r = types.range
        for (name, field) in [("start", RangeField.start), ("stop", RangeField.stop), ("step", RangeField.step)] {
            defineGetter(r, name) { rt, a in ObjectRef(rt.arg(a, 0))[field] }
        }
        defineMethod(r, "__len__") { rt, a in
            guard rt.methodArgs(a, "range.__len__", 0, 0) else { return .null }
            return rt.rangeLength(rt.arg(a, 0))
        }
        defineMethod(r, "__bool__") { rt, a in .bool(ObjectRef(rt.arg(a, 0))[RangeField.length] != .smallInt(0)) }
        defineMethod(r, "__getitem__") { rt, a in
            guard rt.methodArgs(a, "range.__getitem__", 1, 1) else { return .null }
            return rt.rangeGetItem(rt.arg(a, 0), rt.arg(a, 1))
        }
        defineMethod(r, "__contains__") { rt, a in
            guard rt.methodArgs(a, "range.__contains__", 1, 1) else { return .null }
            return rt.builtinContains(rt.arg(a, 0), rt.arg(a, 1)) ?? .null
        }
        defineMethod(r, "__iter__") { rt, a in rt.rangeIterator(rt.arg(a, 0), reversed: false) }
        defineMethod(r, "__reversed__") { rt, a in rt.rangeIterator(rt.arg(a, 0), reversed: true) }
        defineMethod(r, "__hash__") { rt, a in rt.newInt(rt.rangeHash(rt.arg(a, 0))) ?? .null }
        for (name, eq) in [("__eq__", true), ("__ne__", false)] {
            defineMethod(r, name) { rt, a in
                guard rt.kindOf(rt.arg(a, 1)) == .range else { return .notImplemented }
                return .bool(rt.rangeEqual(rt.arg(a, 0), rt.arg(a, 1)) == eq)
            }
        }
        defineMethod(r, "count") { rt, a in
            guard rt.methodArgs(a, "range.count", 1, 1) else { return .null }
            let x = rt.arg(a, 1)
            if rt.isIntLike(x) { return .smallInt(rt.rangeContainsInt(rt.arg(a, 0), x) ? 1 : 0) }
            return rt.tailCall(rt.prelude("_seq_count_iter"), [rt.arg(a, 0), x])
        }
        defineMethod(r, "index") { rt, a in
            guard rt.methodArgs(a, "range.index", 1, 1) else { return .null }
            let x = rt.arg(a, 1)
            guard rt.isIntLike(x) else { return rt.tailCall(rt.prelude("_seq_index_iter"), [rt.arg(a, 0), x]) }
            if !rt.rangeContainsInt(rt.arg(a, 0), x) { return rt.raise(rt.types.valueError, "\(rt.intString(x)) is not in range") }
            let v = rt.rangeValues(rt.arg(a, 0))
            return rt.newInt((rt.bigValue(x) - v.start) / v.step) ?? .null
        }

        let s = types.slice
        for (name, field) in [("start", SliceField.start), ("stop", SliceField.stop), ("step", SliceField.step)] {
            defineGetter(s, name) { rt, a in ObjectRef(rt.arg(a, 0))[field] }
        }
        defineMethod(s, "indices") { rt, a in
            guard rt.methodArgs(a, "slice.indices", 1, 1) else { return .null }
            let lw = rt.arg(a, 1)
            guard rt.isIntLike(lw) else {
                return rt.raise(rt.types.typeError, "'\(rt.typeName(lw))' object cannot be interpreted as an integer")
            }
            guard let len = rt.intValue(lw) else { return rt.raise(rt.types.overflowError, "Python int too large to convert to C ssize_t") }
            if len < 0 { return rt.raise(rt.types.valueError, "length should not be negative") }
            guard let (start, stop, step, _) = rt.sliceIndices(rt.arg(a, 0), length: len) else { return .null }
            let m = rt.vsp
            defer { rt.release(to: m) }
            for v in [start, stop, step] { guard let w = rt.newInt(v) else { return .null }; rt.keep(w) }
            return rt.newTuple(fromStack: m, count: 3) ?? .null
        }
        for (name, op) in [("__eq__", 2), ("__ne__", 3), ("__lt__", 0), ("__le__", 1), ("__gt__", 4), ("__ge__", 5)] {
            defineMethod(s, name) { rt, a in
                guard rt.kindOf(rt.arg(a, 1)) == .slice else { return .notImplemented }
                return rt.tailCall(rt.prelude("_slice_richcompare"), [rt.arg(a, 0), rt.arg(a, 1), .smallInt(op)])
            }
        }
    }

    /// len(range): OverflowError past a machine word, as CPython's Py_ssize_t.
    func rangeLength(_ r: Word) -> Word {
        let l = ObjectRef(r)[RangeField.length]
        if intValue(l) == nil { return raise(types.overflowError, "Python int too large to convert to C ssize_t") }
        return l
    }
}
