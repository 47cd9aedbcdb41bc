// Item access, concatenation, repetition, membership, unpacking and the building of
// containers — natively for built-in containers; anything else through the protocol
// (__getitem__, __contains__, ...) as guest calls.

import BigInt
import WeftMemory

extension Runtime {
    /// Pushes the items of a natively iterable object onto the value stack; nil if the
    /// object needs guest code to iterate (nothing raised) or on error (raised).
    func collectToStack(_ x: Word) -> (Int, Int)? {
        let base = vsp
        switch kindOf(x) {
        case .list where isExact(x):
            let l = ListView(x)
            for k in 0..<l.count { keep(ListView(x)[k]) }
        case .tuple where isExact(x):
            let t = TupleView(x)
            for k in 0..<t.count { keep(t[k]) }
        case .dict where isExact(x):
            dictForEach(x) { k, _ in keep(k) }
        case .set, .frozenset:
            guard isExact(x) else { return nil }
            setForEach(x) { keep($0) }
        case .str where isExact(x):
            let kx = keep(x)
            let n = StrView(x).count
            for i in 0..<n {
                guard let c = charString(kept(kx), i) else { release(to: base); return nil }
                keep(c)
            }
            for i in 0..<n { vs[kx + i] = vs[kx + 1 + i] }
            vsp -= 1
        case .range:
            let r = ObjectRef(x)
            guard let start = intValue(r[RangeField.start]), let step = intValue(r[RangeField.step]),
                  let n = intValue(r[RangeField.length]) else { return nil }
            for i in 0..<n { guard let v = newInt(start + i * step) else { release(to: base); return nil }; keep(v) }
        case .dictView:
            let d = ObjectRef(x)[IteratorField.a]
            let cls = typeOf(x)
            if cls == types.dictKeys { dictForEach(d) { k, _ in keep(k) } }
            else if cls == types.dictValues { dictForEach(d) { _, v in keep(v) } }
            else {
                let kd = keep(d)
                let n = DictView(d).filled
                var e = 0
                while e < n {
                    let dv = DictView(kept(kd))
                    if !dv.keyAt(e).isNull {
                        let m = vsp
                        keep(dv.keyAt(e)); keep(dv.valueAt(e))
                        guard let t = newTuple(fromStack: m, count: 2) else { release(to: base); return nil }
                        release(to: m)
                        keep(t)
                    }
                    e += 1
                }
                // drop the kept dict from under the items
                for i in kd..<(vsp - 1) { vs[i] = vs[i + 1] }
                vsp -= 1
            }
        default:
            return nil
        }
        return (base, vsp - base)
    }

    func toTuple(_ x: Word) -> Word {
        if kindOf(x) == .tuple && isExact(x) { return x }
        let m = vsp
        guard let (base, n) = collectToStack(x) else {
            release(to: m)
            return raising.isNull ? tailCall(prelude("_tuple_slow"), [x]) : .null
        }
        defer { release(to: m) }
        return newTuple(fromStack: base, count: n) ?? .null
    }

    func listExtend(_ lw: Word, _ x: Word) -> Bool {
        let m = vsp
        let kl = keep(lw)
        defer { release(to: m) }
        guard let (base, n) = collectToStack(x) else {
            if raising.isNull { tailCall(prelude("_list_extend"), [kept(kl), x], discard: true) }
            return false
        }
        guard listReserve(kl, ListView(kept(kl)).count + n) else { return false }
        let l = ListView(kept(kl))
        let c = l.count
        for k in 0..<n { l[c + k] = vs[base + k] }
        l.o.setRaw(ListField.length, UInt64(c + n))
        return true
    }

    /// A dict display {k: v, ...}: the pairs are on the value stack. nil: raised, or a
    /// tail call to the prelude (keys with guest __hash__/__eq__) that builds the dict.
    func newDict(fromStack base: Int, pairs n: Int) -> Word? {
        guard let d = newDict(capacity: n) else { return nil }
        let kd = keep(d)
        defer { release(to: kd) }
        for k in 0..<n {
            guard dictStore(kept(kd), vs[base + 2 * k], vs[base + 2 * k + 1]) else {
                if tailCallee.isNull { return nil }
                tailCallee = .null
                tailArgs = []
                guard let items = newTuple(fromStack: base, count: 2 * n) else { return nil }
                tailCall(prelude("_dict_build"), [items])
                return nil
            }
        }
        return kept(kd)
    }

    /// d[key] = value for a dict; false on error or tail call (guest __hash__ or __eq__).
    func dictStore(_ dw: Word, _ key: Word, _ value: Word) -> Bool {
        guard let h = nativeHash(key) else {
            if raising.isNull { tailCall(prelude("_dict_setitem"), [dw, key, value], discard: true) }
            return false
        }
        switch dictLookup(dw, key, hash: h) {
        case .found(let e):
            DictView(dw).setValue(e, value)
            return true
        case .absent:
            return dictSet(dw, key, value, hash: h)
        case .guest:
            tailCall(prelude("_dict_setitem"), [dw, key, value], discard: true)
            return false
        }
    }

    /// `callee`: for f(**other), the function (named by the errors).
    func dictUpdate(_ dw: Word, _ other: Word, merge: Bool, callee: Word = .null) -> Bool {
        guard kindOf(other) == .dict else {
            if merge {
                let m = vsp
                let kd = keep(dw), ko = keep(other)
                defer { release(to: m) }
                guard let name = newStr(functionString(callee)) else { return false }
                tailCall(prelude("_dict_merge"), [kept(kd), kept(ko), name], discard: true)
            } else {
                tailCall(prelude("_dict_update"), [dw, other], discard: true)
            }
            return false
        }
        let m = vsp
        let kd = keep(dw)
        let ko = keep(other)
        let kc = keep(callee)
        defer { release(to: m) }
        let n = DictView(other).filled
        for e in 0..<n {
            let o = DictView(kept(ko))
            let k = o.keyAt(e)
            if k.isNull { continue }
            if merge {
                guard let h = nativeHash(k) else { return false }
                if dictFind(kept(kd), k, h) >= 0 {
                    raise(types.typeError, "\(functionString(kept(kc))) got multiple values for keyword argument '\(strString(k) ?? "?")'")
                    return false
                }
            }
            guard dictStore(kept(kd), k, o.valueAt(e)) else { return false }
        }
        return true
    }

    func getItem(_ x: Word, _ key: Word) -> Word {
        switch kindOf(x) {
        case .list where isExact(x) || true:
            if key.isPointer && ObjectRef(key).layout == LayoutID.slice && ObjectRef(x).layout == LayoutID.list {
                return sliced(x, key, .list)
            }
            if let i = intValue(key), ObjectRef(x).layout == LayoutID.list {
                let l = ListView(x)
                let j = i < 0 ? i + l.count : i
                guard j >= 0 && j < l.count else { return raise(types.indexError, "list index out of range") }
                return l[j]
            }
            if kindOf(key) == .slice && ObjectRef(x).layout == LayoutID.list { return sliced(x, key, .list) }
        case .tuple:
            if let i = intValue(key), ObjectRef(x).layout == LayoutID.tuple {
                let t = TupleView(x)
                let j = i < 0 ? i + t.count : i
                guard j >= 0 && j < t.count else { return raise(types.indexError, "tuple index out of range") }
                return t[j]
            }
            if kindOf(key) == .slice && ObjectRef(x).layout == LayoutID.tuple { return sliced(x, key, .tuple) }
        case .str where isExact(x):
            if let i = intValue(key) {
                let s = StrView(x)
                let j = i < 0 ? i + s.count : i
                guard j >= 0 && j < s.count else { return raise(types.indexError, "string index out of range") }
                return charString(x, j) ?? .null
            }
            if kindOf(key) == .slice { return sliced(x, key, .str) }
        case .dict where isExact(x):
            return dictSubscript(x, key)
        case .range:
            if let i = intValue(key) {
                let r = ObjectRef(x)
                if let start = intValue(r[RangeField.start]), let step = intValue(r[RangeField.step]), let n = intValue(r[RangeField.length]) {
                    let j = i < 0 ? i + n : i
                    guard j >= 0 && j < n else { return raise(types.indexError, "range object index out of range") }
                    return newInt(start + j * step) ?? .null
                }
            }
        default:
            break
        }
        let gi = lookupInType(typeOf(x), dunder(.getitem))
        if !gi.isNull { return tailCall(gi, [x, key]) }
        if kindOf(x) == .type {
            let cgi = lookupInType(x, dunder(.class_getitem))
            if !cgi.isNull {
                // A class method of x itself; key kept across the binding's allocation.
                let k = keep(key)
                defer { release(to: k) }
                let m = bind(cgi, x, x)
                return m.isNull ? .null : tailCall(m, [kept(k)])
            }
            return raise(types.typeError, "type '\(TypeView(x).nameString)' is not subscriptable")
        }
        return raise(types.typeError, "'\(typeName(x))' object is not subscriptable")
    }

    func setItem(_ x: Word, _ key: Word, _ value: Word) -> Bool {
        switch kindOf(x) {
        case .list where ObjectRef(x).layout == LayoutID.list:
            if intValue(key) != nil || kindOf(key) == .slice { return listSetItem(x, key, value) }
        case .dict where isExact(x):
            return dictStore(x, key, value)
        default:
            break
        }
        let si = lookupInType(typeOf(x), dunder(.setitem))
        if !si.isNull { tailCall(si, [x, key, value], discard: true); return false }
        raise(types.typeError, "'\(typeName(x))' object does not support item assignment")
        return false
    }

    func deleteItem(_ x: Word, _ key: Word) -> Bool {
        switch kindOf(x) {
        case .list where ObjectRef(x).layout == LayoutID.list:
            if let i = intValue(key) {
                let l = ListView(x)
                let j = i < 0 ? i + l.count : i
                guard j >= 0 && j < l.count else { raise(types.indexError, "list assignment index out of range"); return false }
                for k in j..<(l.count - 1) { l[k] = l[k + 1] }
                l[l.count - 1] = .null
                l.o.setRaw(ListField.length, UInt64(l.count - 1))
                return true
            }
        case .dict where isExact(x):
            return dictDeleteItem(x, key)
        default:
            break
        }
        let di = lookupInType(typeOf(x), dunder(.delitem))
        if !di.isNull { tailCall(di, [x, key], discard: true); return false }
        raise(types.typeError, "'\(typeName(x))' object doesn't support item deletion")
        return false
    }

    /// dict.__delitem__ (subclass instances included): false after raising or with a
    /// tail call to the prelude requested (guest hash or equality).
    func dictDeleteItem(_ x: Word, _ key: Word) -> Bool {
        guard let e = dictEntry(x, key) else {
            if raising.isNull { tailCall(prelude("_dict_delitem"), [x, key], discard: true) }
            return false
        }
        if e < 0 { raiseKeyError(key); return false }
        let d = DictView(x)
        dictRemove(x, d.keyAt(e), hash: d.hashAt(e))
        return true
    }

    /// `item in container`: built-in containers natively, others by __contains__ or iteration.
    func containsOp(_ container: Word, _ item: Word) -> Word {
        if isExact(container), let r = builtinContains(container, item) { return r }
        let c = lookupInType(typeOf(container), dunder(.contains))
        if !c.isNull { return tailCall(prelude("_contains_call"), [c, container, item]) }
        return tailCall(prelude("_contains_slow"), [container, item])
    }

    /// The built-in types' __contains__ (subclass instances included); nil for other kinds.
    func builtinContains(_ container: Word, _ item: Word) -> Word? {
        switch kindOf(container) {
        case .list:
            let l = ListView(container)
            for k in 0..<l.count {
                let v = ListView(container)[k]
                if v == item { return .true }
                guard let e = nativeEqualOrNil(v, item) else { return tailCall(prelude("_contains_slow"), [container, item]) }
                if e { return .true }
            }
            return .false
        case .tuple:
            let t = TupleView(container)
            for k in 0..<t.count {
                if t[k] == item { return .true }
                guard let e = nativeEqualOrNil(t[k], item) else { return tailCall(prelude("_contains_slow"), [container, item]) }
                if e { return .true }
            }
            return .false
        case .dict:
            guard let e = dictEntry(container, item) else {
                return raising.isNull ? tailCall(prelude("_dict_contains"), [container, item]) : .null
            }
            return .bool(e >= 0)
        case .dictView:
            return dictViewContains(container, item)
        case .set, .frozenset:
            return setContains(container, item)
        case .str:
            guard kindOf(item) == .str else {
                return raise(types.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return .bool(strFind(container, item, from: 0) >= 0)
        case .range:
            if isIntLike(item) { return .bool(rangeContainsInt(container, item)) }
            return tailCall(prelude("_contains_slow"), [container, item])
        default:
            return nil
        }
    }

    func lengthOf(_ x: Word) -> Word {
        switch kindOf(x) {
        case .list where ObjectRef(x).layout == LayoutID.list: return .smallInt(ListView(x).count)
        case .tuple where ObjectRef(x).layout == LayoutID.tuple: return .smallInt(TupleView(x).count)
        case .str, .bytes: if isExact(x) { return .smallInt(StrView(x).count) }
        case .bytearray: if isExact(x) { return .smallInt(ByteArrayView(x).count) }
        case .dict where ObjectRef(x).layout == LayoutID.dict: return .smallInt(DictView(x).used)
        case .set, .frozenset: if ObjectRef(x).layout == LayoutID.set { return .smallInt(SetView(x).used) }
        case .range: return rangeLength(x)
        case .dictView: return .smallInt(DictView(ObjectRef(x)[IteratorField.a]).used)
        default: break
        }
        let l = lookupInType(typeOf(x), dunder(.len))
        if !l.isNull { return tailCall(prelude("_len_call"), [l, x]) }
        return raise(types.typeError, "object of type '\(typeName(x))' has no len()")
    }

    func newSlice(_ a: Word, _ b: Word, _ c: Word) -> Word? {
        let m = vsp
        let ka = keep(a), kb = keep(b), kc = keep(c)
        defer { release(to: m) }
        guard let s = allocate(LayoutID.slice, bytes: SliceField.fixedWords * 8, cls: types.slice) else { return nil }
        s[SliceField.start] = kept(ka)
        s[SliceField.stop] = kept(kb)
        s[SliceField.step] = kept(kc)
        return s.word
    }

    /// PySlice_AdjustIndices: bounds (nil: omitted) clipped to a sequence of `length`,
    /// and the item count: (start, stop, step, count).
    @inline(__always) func adjustSlice(_ a: Int?, _ b: Int?, step: Int, length: Int) -> (Int, Int, Int, Int) {
        let lower = step < 0 ? -1 : 0
        let upper = step < 0 ? length - 1 : length
        func clip(_ v: Int?, _ dflt: Int) -> Int {
            guard var i = v else { return dflt }
            if i < 0 { i += length; if i < lower { i = lower } } else if i > upper { i = upper }
            return i
        }
        let start = clip(a, step < 0 ? upper : lower), stop = clip(b, step < 0 ? lower : upper)
        var count = 0
        if step > 0 { if start < stop { count = (stop - start - 1) / step + 1 } }
        else if stop < start { count = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, count)
    }

    /// adjustSlice for bounds that are small ints or None; nil for anything else (and a
    /// zero step), which the general path (a slice object) decides.
    @inline(__always) func smallSlice(_ a: Word, _ b: Word, _ c: Word, length: Int) -> (Int, Int, Int, Int)? {
        guard (a == .none || a.isSmallInt) && (b == .none || b.isSmallInt) && (c == .none || c.isSmallInt) else { return nil }
        let step = c == .none ? 1 : c.smallIntValue
        if step == 0 { return nil }
        return adjustSlice(a == .none ? nil : a.smallIntValue, b == .none ? nil : b.smallIntValue, step: step, length: length)
    }

    /// PySlice_GetIndicesEx for a sequence of `length`: (start, stop, step, count).
    func sliceIndices(_ slice: Word, length: Int) -> (Int, Int, Int, Int)? {
        let s = ObjectRef(slice)
        var step = 1
        if s[SliceField.step] != .none {
            let sw = s[SliceField.step]
            guard isIntLike(sw) else { raise(types.typeError, "slice indices must be integers or None or have an __index__ method"); return nil }
            // Steps beyond a machine word are clipped, as CPython's PY_SSIZE_T_MAX.
            let v = intValue(sw) ?? (bigValue(sw).sign == .minus ? -Int.max : Int.max)
            if v == 0 { raise(types.valueError, "slice step cannot be zero"); return nil }
            step = max(v, -Int.max)
        }
        /// A bound as an Int (nil: None); false after raising.
        func bound(_ w: Word) -> (Bool, Int?) {
            if w == .none { return (true, nil) }
            guard let v = intValue(w) ?? (isIntLike(w) ? (bigValue(w).sign == .minus ? Int.min / 2 : Int.max / 2) : nil) else {
                raise(types.typeError, "slice indices must be integers or None or have an __index__ method"); return (false, nil)
            }
            return (true, v)
        }
        let (okStart, start) = bound(s[SliceField.start])
        guard okStart else { return nil }
        let (okStop, stop) = bound(s[SliceField.stop])
        guard okStop else { return nil }
        return adjustSlice(start, stop, step: step, length: length)
    }

    /// A slice result; when slicing failed on bounds with a Python __index__, the
    /// prelude converts them and slices again.
    enum SliceKind { case list, tuple, str }

    func sliced(_ x: Word, _ slice: Word, _ kind: SliceKind) -> Word {
        let m = vsp
        let kx = keep(x), ks = keep(slice)     // a failure allocates its exception
        defer { release(to: m) }
        // (A switch, not a closure argument: a method reference retained the runtime.)
        let r: Word
        switch kind {
        case .list: r = sliceList(x, slice)
        case .tuple: r = sliceTuple(x, slice)
        case .str: r = sliceStr(x, slice)
        }
        guard r.isNull && isInstance(raising, types.typeError) else { return r }
        let x = kept(kx), slice = kept(ks)
        let s = ObjectRef(slice)
        for f in [SliceField.start, SliceField.stop, SliceField.step] where s[f] != .none && !isIntLike(s[f]) {
            guard !lookupInType(typeOf(s[f]), dunder(.index)).isNull else { return .null }
        }
        raising = .null
        return tailCall(prelude("_getitem_slice"), [x, slice])
    }

    func sliceList(_ x: Word, _ slice: Word) -> Word {
        guard let (start, _, step, n) = sliceIndices(slice, length: ListView(x).count) else { return .null }
        let kx = keep(x)
        defer { release(to: kx) }
        guard let l = newList(capacity: n) else { return .null }
        let src = ListView(kept(kx)), dst = ListView(l)
        for k in 0..<n { dst[k] = src[start + k * step] }
        dst.o.setRaw(ListField.length, UInt64(n))
        return l
    }

    func sliceTuple(_ x: Word, _ slice: Word) -> Word {
        guard let (start, _, step, n) = sliceIndices(slice, length: TupleView(x).count) else { return .null }
        if start == 0 && step == 1 && n == TupleView(x).count { return x }
        let kx = keep(x)
        defer { release(to: kx) }
        guard let t = newTuple(count: n) else { return .null }
        let src = TupleView(kept(kx)), dst = TupleView(t)
        for k in 0..<n { dst[k] = src[start + k * step] }
        return t
    }

    func sliceStr(_ x: Word, _ slice: Word) -> Word {
        guard let (start, _, step, n) = sliceIndices(slice, length: StrView(x).count) else { return .null }
        let s = StrView(x)
        var cps: [UInt32] = []
        cps.reserveCapacity(n)
        for k in 0..<n { cps.append(s[start + k * step]) }
        return newStr(codePoints: cps) ?? .null
    }

    func unpack(_ x: Word, count n: Int) -> Word {
        if kindOf(x) == .tuple && isExact(x) {
            let c = TupleView(x).count
            if c == n { return x }
            return c < n ? raise(types.valueError, "not enough values to unpack (expected \(n), got \(c))")
                         : raise(types.valueError, "too many values to unpack (expected \(n))")
        }
        if kindOf(x) == .list && isExact(x) && ListView(x).count == n {
            // The items copied (guest code run by the assignments may change the list).
            let kx = keep(x)
            defer { release(to: kx) }
            guard let t = newTuple(count: n) else { return .null }
            let l = ListView(kept(kx)), v = TupleView(t)
            for k in 0..<n { v[k] = l[k] }
            return t
        }
        let m = vsp
        let kx = keep(x)    // collecting may allocate (and move x) before failing
        guard let (base, c) = collectToStack(x) else {
            let x = kept(kx)
            release(to: m)
            return raising.isNull ? tailCall(prelude("_unpack"), [x, .smallInt(n)]) : unpackFailed(x)
        }
        defer { release(to: m) }
        if c != n {
            return c < n ? raise(types.valueError, "not enough values to unpack (expected \(n), got \(c))")
                         : raise(types.valueError, "too many values to unpack (expected \(n))")
        }
        return newTuple(fromStack: base, count: n) ?? .null
    }

    /// f(*x) raised or needs the prelude: a value that is not iterable gets CPython's
    /// wording, naming f.
    func starArgumentsFailed(_ callee: Word, _ x: Word) -> Word {
        let t = typeOf(x)
        if (raising.isNull || isInstance(raising, types.typeError)) && lookupInType(t, dunder(.iter)).isNull
            && lookupInType(t, dunder(.getitem)).isNull {
            tailCallee = .null
            tailArgs = []
            return raise(types.typeError, "\(functionString(callee)) argument after * must be an iterable, not \(typeName(x))")
        }
        return .null
    }

    /// How CPython names a callable in call errors (_PyObject_FunctionStr): "mod.qualname()".
    func functionString(_ f: Word) -> String {
        var qualname: Word = .null, module: Word = .null
        switch kindOf(f) {
        case .function:
            qualname = ObjectRef(f)[FunctionField.qualname]
            module = ObjectRef(f)[FunctionField.module]
        case .method:
            return functionString(ObjectRef(f)[MethodField.function])
        case .builtin:
            qualname = ObjectRef(f)[BuiltinField.name]
        case .type:
            qualname = ObjectRef(f)[TypeField.qualname]
            module = typeSpecialAttribute(f, dunder(.module)) ?? .null
        default:
            return strString(f) ?? typeName(f)
        }
        let q = kindOf(qualname) == .str ? StrView(qualname).string : "?"
        if kindOf(module) == .str && StrView(module).string != "builtins" { return "\(StrView(module).string).\(q)()" }
        return "\(q)()"
    }

    /// Unpacking raised: a value that is not iterable at all gets CPython's unpack wording.
    func unpackFailed(_ x: Word) -> Word {
        let t = typeOf(x)
        if isInstance(raising, types.typeError) && lookupInType(t, dunder(.iter)).isNull
            && lookupInType(t, dunder(.getitem)).isNull {
            return raise(types.typeError, "cannot unpack non-iterable \(typeName(x)) object")
        }
        return .null
    }

    func unpackStarred(_ x: Word, before: Int, after: Int) -> Word {
        let m = vsp
        let kx = keep(x)
        guard let (base, c) = collectToStack(x) else {
            let x = kept(kx)
            release(to: m)
            return raising.isNull ? tailCall(prelude("_unpack_ex"), [x, .smallInt(before), .smallInt(after)]) : unpackFailed(x)
        }
        defer { release(to: m) }
        if c < before + after {
            return raise(types.valueError, "not enough values to unpack (expected at least \(before + after), got \(c))")
        }
        guard let middle = newList(fromStack: base + before, count: c - before - after) else { return .null }
        let km = keep(middle)
        let tb = vsp
        for k in 0..<before { keep(vs[base + k]) }
        keep(kept(km))
        for k in 0..<after { keep(vs[base + c - after + k]) }
        return newTuple(fromStack: tb, count: before + 1 + after) ?? .null
    }

    func strConcat(_ a: Word, _ b: Word) -> Word? {
        let x = StrView(a), y = StrView(b)
        if x.count == 0 { return b }
        if y.count == 0 { return a }
        if x.width == 1 && y.width == 1 {
            let m = vsp
            let ka = keep(a), kb = keep(b)
            defer { release(to: m) }
            guard let o = allocateStr(length: x.count + y.count, width: 1, ascii: x.isASCII && y.isASCII) else { return nil }
            let xa = StrView(kept(ka)), yb = StrView(kept(kb))
            let data = o.base + StrField.fixedWords * 8
            data.copyMemory(from: xa.data, byteCount: xa.count)
            (data + xa.count).copyMemory(from: yb.data, byteCount: yb.count)
            return o.word
        }
        return newStr(codePoints: x.codePoints + y.codePoints)
    }

    func joinStrings(fromStack base: Int, count n: Int) -> Word? {
        var cps: [UInt32] = []
        for k in 0..<n { cps.append(contentsOf: StrView(vs[base + k]).codePoints) }
        return newStr(codePoints: cps)
    }

    func listConcat(_ a: Word, _ b: Word) -> Word? {
        let m = vsp
        let ka = keep(a), kb = keep(b)
        defer { release(to: m) }
        let n = ListView(a).count + ListView(b).count
        guard let l = newList(capacity: n) else { return nil }
        let x = ListView(kept(ka)), y = ListView(kept(kb)), r = ListView(l)
        for k in 0..<x.count { r[k] = x[k] }
        for k in 0..<y.count { r[x.count + k] = y[k] }
        r.o.setRaw(ListField.length, UInt64(n))
        return l
    }

    func tupleConcat(_ a: Word, _ b: Word) -> Word? {
        let m = vsp
        let ka = keep(a), kb = keep(b)
        defer { release(to: m) }
        let n = TupleView(a).count + TupleView(b).count
        guard let t = newTuple(count: n) else { return nil }
        let x = TupleView(kept(ka)), y = TupleView(kept(kb)), r = TupleView(t)
        for k in 0..<x.count { r[k] = x[k] }
        for k in 0..<y.count { r[x.count + k] = y[k] }
        return t
    }

    func repeatSequence(_ seq: Word, _ times: Word) -> Word {
        guard let n0 = intValue(times) else { return raise(types.overflowError, "cannot fit 'int' into an index-sized integer") }
        let n = max(0, n0)
        let m = vsp
        let ks = keep(seq)
        defer { release(to: m) }
        switch kindOf(seq) {
        case .str:
            let s = StrView(seq)
            if s.width == 1 {
                guard let o = allocateStr(length: s.count * n, width: 1, ascii: s.isASCII) else { return .null }
                let src = StrView(kept(ks))
                let data = o.base + StrField.fixedWords * 8
                for k in 0..<n { (data + k * src.count).copyMemory(from: src.data, byteCount: src.count) }
                return o.word
            }
            let cps = s.codePoints
            var out: [UInt32] = []
            for _ in 0..<n { out.append(contentsOf: cps) }
            return newStr(codePoints: out) ?? .null
        case .list:
            let c = ListView(seq).count
            guard let l = newList(capacity: c * n) else { return .null }
            let src = ListView(kept(ks)), dst = ListView(l)
            for k in 0..<(c * n) { dst[k] = src[k % c] }
            dst.o.setRaw(ListField.length, UInt64(c * n))
            return l
        default:
            let c = TupleView(seq).count
            guard let t = newTuple(count: c * n) else { return .null }
            let src = TupleView(kept(ks)), dst = TupleView(t)
            for k in 0..<(c * n) { dst[k] = src[k % c] }
            return t
        }
    }

    /// Position of `sub` in str `s` at or after `from`, or -1.
    func strFind(_ s: Word, _ sub: Word, from: Int) -> Int {
        let a = StrView(s), b = StrView(sub)
        let n = a.count, m = b.count
        if m == 0 { return from <= n ? from : -1 }
        guard m <= n else { return -1 }
        var i = from
        while i + m <= n {
            var k = 0
            while k < m && a[i + k] == b[k] { k += 1 }
            if k == m { return i }
            i += 1
        }
        return -1
    }
}
