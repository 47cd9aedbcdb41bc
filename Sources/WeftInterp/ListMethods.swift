// The methods of list and tuple: item and slice access and assignment, the list
// mutators, index/count, sort, comparisons and concatenation — natively for built-in
// items; items whose equality or order is guest code go to the prelude (`_list_*`,
// `_seq_*`), which follows the same steps with guest calls.

import WeftMemory

/// How a subscript was read.
enum SubscriptKey {
    case index(Int)
    case slice
    case guest          // an object with __index__ written in Python
    case failed         // raised
}

extension Runtime {
    /// A sequence subscript: an int, a slice, or an error naming the sequence kind
    /// ("list indices must be integers or slices, not str").
    func subscriptKey(_ key: Word, _ what: String) -> SubscriptKey {
        if let i = intValue(key) { return .index(i) }
        if isIntLike(key) {
            raise(types.indexError, "cannot fit 'int' into an index-sized integer")
            return .failed
        }
        if kindOf(key) == .slice { return .slice }
        if !lookupInType(typeOf(key), dunder(.index)).isNull { return .guest }
        raise(types.typeError, "\(what) indices must be integers or slices, not \(typeName(key))")
        return .failed
    }

    func listGetItem(_ x: Word, _ key: Word) -> Word {
        switch subscriptKey(key, "list") {
        case .index(let i):
            let l = ListView(x)
            let j = i < 0 ? i + l.count : i
            guard j >= 0 && j < l.count else { return raise(types.indexError, "list index out of range") }
            return l[j]
        case .slice: return sliceList(x, key)
        case .guest: return tailCall(prelude("_subscript_index"), [x, key, .smallInt(0), .none])
        case .failed: return .null
        }
    }

    func tupleGetItem(_ x: Word, _ key: Word) -> Word {
        switch subscriptKey(key, "tuple") {
        case .index(let i):
            let t = TupleView(x)
            let j = i < 0 ? i + t.count : i
            guard j >= 0 && j < t.count else { return raise(types.indexError, "tuple index out of range") }
            return t[j]
        case .slice: return sliceTuple(x, key)
        case .guest: return tailCall(prelude("_subscript_index"), [x, key, .smallInt(0), .none])
        case .failed: return .null
        }
    }

    func listSetItem(_ x: Word, _ key: Word, _ value: Word) -> Bool {
        switch subscriptKey(key, "list") {
        case .index(let i):
            let l = ListView(x)
            let j = i < 0 ? i + l.count : i
            guard j >= 0 && j < l.count else { raise(types.indexError, "list assignment index out of range"); return false }
            l[j] = value
            return true
        case .slice:
            return listAssignSlice(x, key, value)
        case .guest:
            tailCall(prelude("_subscript_index"), [x, key, .smallInt(1), value], discard: true)
            return false
        case .failed: return false
        }
    }

    func listDelItem(_ x: Word, _ key: Word) -> Bool {
        switch subscriptKey(key, "list") {
        case .index(let i):
            let l = ListView(x)
            let j = i < 0 ? i + l.count : i
            guard j >= 0 && j < l.count else { raise(types.indexError, "list assignment index out of range"); return false }
            listRemoveAt(x, j)
            return true
        case .slice:
            return listDeleteSlice(x, key)
        case .guest:
            tailCall(prelude("_subscript_index"), [x, key, .smallInt(2), .none], discard: true)
            return false
        case .failed: return false
        }
    }

    func listRemoveAt(_ x: Word, _ j: Int) {
        let l = ListView(x)
        let n = l.count
        var k = j
        while k < n - 1 { l[k] = l[k + 1]; k += 1 }
        l[n - 1] = .null
        l.o.setRaw(ListField.length, UInt64(n - 1))
    }

    /// l[a:b] = v (list_ass_slice): v's items replace those of [lo, hi).
    func listReplaceRange(_ kl: Int, _ lo0: Int, _ hi0: Int, itemsAt base: Int, count n: Int) -> Bool {
        let len = ListView(kept(kl)).count
        let lo = min(max(lo0, 0), len)
        let hi = min(max(hi0, lo), len)
        let d = n - (hi - lo)
        if d > 0 { guard listReserve(kl, len + d) else { return false } }
        let l = ListView(kept(kl))
        if d < 0 {
            var k = hi
            while k < len { l[k + d] = l[k]; k += 1 }
            for k in (len + d)..<len { l[k] = .null }
        } else if d > 0 {
            var k = len - 1
            while k >= hi { l[k + d] = l[k]; k -= 1 }
        }
        for k in 0..<n { l[lo + k] = vs[base + k] }
        l.o.setRaw(ListField.length, UInt64(len + d))
        return true
    }

    /// l[slice] = value (list_ass_subscript).
    func listAssignSlice(_ x: Word, _ slice: Word, _ value: Word) -> Bool {
        guard let (start, stop, step, slicelen) = sliceIndices(slice, length: ListView(x).count) else { return false }
        let m = vsp
        let kl = keep(x)
        defer { release(to: m) }
        // The value's items first (a copy if it is the list itself).
        guard let (base, n) = collectToStack(value) else {
            if !raising.isNull { return false }
            if !isIterable(value) {
                raise(types.typeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
                return false
            }
            tailCall(prelude("_list_setslice"), [kept(kl), slice, value], discard: true)
            return false
        }
        if step == 1 { return listReplaceRange(kl, start, stop, itemsAt: base, count: n) }
        if n != slicelen {
            raise(types.valueError, "attempt to assign sequence of size \(n) to extended slice of size \(slicelen)")
            return false
        }
        let l = ListView(kept(kl))
        for k in 0..<n { l[start + k * step] = vs[base + k] }
        return true
    }

    /// del l[slice].
    func listDeleteSlice(_ x: Word, _ slice: Word) -> Bool {
        guard let (start0, stop, step0, slicelen) = sliceIndices(slice, length: ListView(x).count) else { return false }
        if step0 == 1 {
            let kl = keep(x)
            defer { release(to: kl) }
            return listReplaceRange(kl, start0, stop, itemsAt: vsp, count: 0)
        }
        if slicelen == 0 { return true }
        var start = start0, step = step0
        if step < 0 {
            start = start + step * (slicelen - 1)
            step = -step
        }
        let l = ListView(x)
        let n = l.count
        var out = start
        var next = start
        var removed = 0
        for k in start..<n {
            if k == next && removed < slicelen {
                removed += 1
                next += step
                continue
            }
            l[out] = l[k]
            out += 1
        }
        for k in out..<n { l[k] = .null }
        l.o.setRaw(ListField.length, UInt64(out))
        return true
    }

    /// Index arguments of index(): slice-like ints, negatives from the end, clipped.
    func indexBound(_ w: Word, _ len: Int, default d: Int) -> Int? {
        if w.isNull || w == .none { return d }
        guard isIntLike(w) else {
            raise(types.typeError, "slice indices must be integers or have an __index__ method")
            return nil
        }
        var v = intValue(w) ?? (bigValue(w).sign == .minus ? Int.min / 2 : Int.max / 2)
        if v < 0 { v += len; if v < 0 { v = 0 } }
        return v
    }

    /// Items of a list or tuple (a fresh array: valid until the next allocation).
    func sequenceItems(_ w: Word) -> [Word] {
        if kindOf(w) == .tuple { let t = TupleView(w); return (0..<t.count).map { t[$0] } }
        let l = ListView(w)
        return (0..<l.count).map { l[$0] }
    }

    // MARK: ordering for sort, min and max

    /// `a < b` (or `a > b`) for sorting natively: nil-free — throws .guest when guest
    /// code decides, .unorderable(a, b) when built-in values cannot be ordered.
    func orderedLess(_ a: Word, _ b: Word) throws(SortAbort) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a.smallIntValue < b.smallIntValue }
        let ka = kindOf(a), kb = kindOf(b)
        let na = (ka == .int || ka == .bool || ka == .float), nb = (kb == .int || kb == .bool || kb == .float)
        guard isExact(a) && isExact(b) else { throw .guest }
        if (na && nb) || (ka == .str && kb == .str) {
            if let r = nativeCompare(.lt, a, b) { return r }
            throw .guest
        }
        if (ka == .tuple && kb == .tuple) || (ka == .list && kb == .list) {
            let x = sequenceItems(a), y = sequenceItems(b)
            var i = 0
            while i < x.count && i < y.count {
                if x[i] != y[i] {
                    guard let eq = nativeEqualOrNil(x[i], y[i]) else { throw .guest }
                    if !eq { break }
                }
                i += 1
            }
            if i >= x.count || i >= y.count { return x.count < y.count }
            return try orderedLess(x[i], y[i])
        }
        if isSetKind(ka) && isSetKind(kb) {
            if let r = setCompareOrNil(.lt, a, b) { return r }
            throw .guest
        }
        if orderlessKinds.contains(ka) && orderlessKinds.contains(kb) { throw .unorderable(a, b) }
        throw .guest
    }

    /// Kinds of built-in values with no ordering between different kinds (nor within,
    /// for some), so that `<` between two of them raises TypeError natively.
    var orderlessKinds: Set<Kind> {
        [.int, .bool, .float, .str, .tuple, .list, .dict, .none, .set, .frozenset, .range, .function, .builtin, .dictView, .slice]
    }

    /// TypeError for `a op b` between values that cannot be ordered.
    func raiseUnorderable(_ op: String, _ a: Word, _ b: Word) -> Word {
        raise(types.typeError, "'\(op)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    /// Sorts the items at `items` (a Swift copy) natively, allocating nothing. Returns the
    /// sorted items; or nil with `partial` (CPython's state of the list after a failed
    /// comparison) and the pair that cannot be ordered; or all nil (guest code: the
    /// prelude sorts).
    func nativeSort(_ items: [Word], reverse: Bool) -> (sorted: [Word]?, partial: [Word]?, unorderable: (Word, Word)?) {
        var input = items
        if reverse { input.reverse() }
        var ts = TimSort(keys: input, values: nil, lessThan: { [unowned self] a, b throws(SortAbort) in try self.orderedLess(a, b) })
        do throws(SortAbort) {
            try ts.sort()
        } catch {
            switch error {
            case .guest: return (nil, nil, nil)
            case .unorderable(let a, let b):
                var partial = ts.keys
                if reverse { partial.reverse() }
                return (nil, partial, (a, b))
            }
        }
        var out = ts.keys
        if reverse { out.reverse() }
        return (out, nil, nil)
    }

    /// list.sort natively (no key function): true done; false raised or tail call.
    func listSort(_ lw: Word, reverse: Bool) -> Bool {
        let l = ListView(lw)
        let items = (0..<l.count).map { l[$0] }
        let (sorted, partial, unorderable) = nativeSort(items, reverse: reverse)
        if let s = sorted ?? partial {
            let l2 = ListView(lw)
            if l2.count == s.count { for (k, w) in s.enumerated() { l2[k] = w } }
            // Raising allocates: only after the items are back in the list.
            if let (a, b) = unorderable { _ = raiseUnorderable("<", a, b) }
            return sorted != nil
        }
        tailCall(prelude("_list_sort"), [lw, .none, .bool(reverse)], discard: true)
        return false
    }

    func sortReverseFlag(_ w: Word) -> Bool? {
        if w.isNull { return false }
        if w.isBool { return w == .true }
        if let v = intValue(w) { return v != 0 }
        raise(types.typeError, "'\(typeName(w))' object cannot be interpreted as an integer")
        return nil
    }

    // MARK: registration

    func registerListMethods() {
        // list[int] and the like: types.GenericAlias (made by the prelude).
        for cls in [types.list, types.tuple, types.dict, types.set, types.frozenset, types.type, types.enumerate] {
            defineMethod(cls, "__class_getitem__") { rt, a in
                guard rt.methodArgs(a, "\(TypeView(rt.arg(a, 0)).nameString).__class_getitem__", 1, 1) else { return .null }
                return rt.tailCall(rt.prelude("_generic_alias"), [rt.arg(a, 0), rt.arg(a, 1)])
            }
        }
        // list() and tuple() take no keyword arguments.
        for (cls, name) in [(types.list, "list"), (types.tuple, "tuple")] {
            guard let make = constructors[cls.address] else { continue }
            constructors[cls.address] = { rt, a in
                if !a.kwnames.isNull { return rt.raise(rt.types.typeError, "\(name)() takes no keyword arguments") }
                return make(rt, a)
            }
        }
        types.listReverseIterator = makeBuiltinType("list_reverseiterator", base: types.object, kind: .iterator, flags: 0)
        extraIterators[types.listReverseIterator.address] = { rt, itw in
            let it = ObjectRef(itw)
            let l = it[IteratorField.a]
            let i = Int(Int64(bitPattern: it.raw(IteratorField.i)))
            guard l != .none, i >= 0, i < ListView(l).count else { it[IteratorField.a] = .none; return .null }
            it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(i - 1)))
            return ListView(l)[i]
        }
        for cls in [types.listIterator, types.tupleIterator, types.listReverseIterator, types.strIterator, types.rangeIterator] {
            registerIteratorProtocol(cls)
        }
        let l = types.list
        func method(_ name: String, _ fn: @escaping NativeFunction<GC>) { defineMethod(l, name, fn) }
        method("append") { rt, a in
            guard rt.methodArgs(a, "list.append", 1, 1) else { return .null }
            return rt.listAppend(rt.arg(a, 0), rt.arg(a, 1)) ? .none : .null
        }
        method("extend") { rt, a in
            guard rt.methodArgs(a, "list.extend", 1, 1) else { return .null }
            if rt.listExtend(rt.arg(a, 0), rt.arg(a, 1)) { return .none }
            if !rt.tailCallee.isNull { rt.tailDiscard = false; return rt.tailCall(rt.prelude("_list_extend"), [rt.arg(a, 0), rt.arg(a, 1)]) }
            return .null
        }
        method("insert") { rt, a in
            guard rt.methodArgs(a, "list.insert", 2, 2) else { return .null }
            let iw = rt.arg(a, 1)
            guard rt.isIntLike(iw) else {
                if !rt.lookupInType(rt.typeOf(iw), rt.dunder(.index)).isNull {
                    return rt.tailCall(rt.prelude("_list_insert_index"), [rt.arg(a, 0), iw, rt.arg(a, 2)])
                }
                return rt.raise(rt.types.typeError, "'\(rt.typeName(iw))' object cannot be interpreted as an integer")
            }
            guard let i0 = rt.intValue(iw) else { return rt.raise(rt.types.overflowError, "Python int too large to convert to C ssize_t") }
            let n = ListView(rt.arg(a, 0)).count
            var i = i0
            if i < 0 { i += n; if i < 0 { i = 0 } }
            if i > n { i = n }
            let m = rt.vsp
            let kl = rt.keep(rt.arg(a, 0))
            rt.keep(rt.arg(a, 2))
            defer { rt.release(to: m) }
            return rt.listReplaceRange(kl, i, i, itemsAt: kl + 1, count: 1) ? .none : .null
        }
        method("pop") { rt, a in
            guard rt.methodArgs(a, "list.pop", 0, 1) else { return .null }
            let lw = rt.arg(a, 0)
            let n = ListView(lw).count
            var i = n - 1
            if rt.positionalCount(a) == 2 {
                let iw = rt.arg(a, 1)
                guard rt.isIntLike(iw) else {
                    return rt.raise(rt.types.typeError, "'\(rt.typeName(iw))' object cannot be interpreted as an integer")
                }
                guard let v = rt.intValue(iw) else { return rt.raise(rt.types.overflowError, "Python int too large to convert to C ssize_t") }
                i = v < 0 ? v + n : v
            }
            if n == 0 { return rt.raise(rt.types.indexError, "pop from empty list") }
            guard i >= 0 && i < n else { return rt.raise(rt.types.indexError, "pop index out of range") }
            let v = ListView(lw)[i]
            rt.listRemoveAt(lw, i)
            return v
        }
        method("remove") { rt, a in
            guard rt.methodArgs(a, "list.remove", 1, 1) else { return .null }
            let lw = rt.arg(a, 0), x = rt.arg(a, 1)
            let n = ListView(lw).count
            for i in 0..<n {
                let item = ListView(lw)[i]
                if item == x { rt.listRemoveAt(lw, i); return .none }
                guard let eq = rt.nativeEqualOrNil(item, x) else { return rt.tailCall(rt.prelude("_list_remove"), [lw, x]) }
                if eq { rt.listRemoveAt(lw, i); return .none }
            }
            return rt.raise(rt.types.valueError, "list.remove(x): x not in list")
        }
        method("index") { rt, a in
            guard rt.methodArgs(a, "list.index", 1, 3) else { return .null }
            return rt.sequenceIndexMethod(a, "list")
        }
        method("count") { rt, a in
            guard rt.methodArgs(a, "list.count", 1, 1) else { return .null }
            return rt.sequenceCountMethod(a)
        }
        method("reverse") { rt, a in
            guard rt.methodArgs(a, "list.reverse", 0, 0) else { return .null }
            let l = ListView(rt.arg(a, 0))
            var i = 0, j = l.count - 1
            while i < j { let t = l[i]; l[i] = l[j]; l[j] = t; i += 1; j -= 1 }
            return .none
        }
        method("copy") { rt, a in
            guard rt.methodArgs(a, "list.copy", 0, 0) else { return .null }
            let m = rt.vsp
            defer { rt.release(to: m) }
            let l = ListView(rt.arg(a, 0))
            for k in 0..<l.count { rt.keep(ListView(rt.arg(a, 0))[k]) }
            return rt.newList(fromStack: m, count: rt.vsp - m) ?? .null
        }
        method("clear") { rt, a in
            guard rt.methodArgs(a, "list.clear", 0, 0) else { return .null }
            rt.listSetCount(rt.arg(a, 0), 0)
            return .none
        }
        method("sort") { rt, a in
            if rt.positionalCount(a) > 1 { return rt.raise(rt.types.typeError, "sort() takes no positional arguments") }
            guard rt.checkArgs(a, "sort", min: 1, max: 1, keywords: ["key", "reverse"]) else { return .null }
            guard let reverse = rt.sortReverseFlag(rt.keyword(a, "reverse")) else { return .null }
            let key = rt.keyword(a, "key")
            if !key.isNull && key != .none {
                return rt.tailCall(rt.prelude("_list_sort"), [rt.arg(a, 0), key, .bool(reverse)])
            }
            if rt.listSort(rt.arg(a, 0), reverse: reverse) { return .none }
            if !rt.tailCallee.isNull { rt.tailDiscard = false }
            return .null
        }
        method("__len__") { rt, a in
            guard rt.methodArgs(a, "list.__len__", 0, 0) else { return .null }
            return .smallInt(ListView(rt.arg(a, 0)).count)
        }
        method("__getitem__") { rt, a in
            guard rt.methodArgs(a, "list.__getitem__", 1, 1) else { return .null }
            return rt.listGetItem(rt.arg(a, 0), rt.arg(a, 1))
        }
        method("__setitem__") { rt, a in
            guard rt.methodArgs(a, "list.__setitem__", 2, 2) else { return .null }
            if rt.listSetItem(rt.arg(a, 0), rt.arg(a, 1), rt.arg(a, 2)) { return .none }
            if !rt.tailCallee.isNull { rt.tailDiscard = false }
            return .null
        }
        method("__delitem__") { rt, a in
            guard rt.methodArgs(a, "list.__delitem__", 1, 1) else { return .null }
            if rt.listDelItem(rt.arg(a, 0), rt.arg(a, 1)) { return .none }
            if !rt.tailCallee.isNull { rt.tailDiscard = false }
            return .null
        }
        method("__contains__") { rt, a in
            guard rt.methodArgs(a, "list.__contains__", 1, 1) else { return .null }
            return rt.builtinContains(rt.arg(a, 0), rt.arg(a, 1)) ?? .null
        }
        method("__iter__") { rt, a in
            guard rt.methodArgs(a, "list.__iter__", 0, 0) else { return .null }
            return rt.newIterator(rt.types.listIterator, rt.arg(a, 0)) ?? .null
        }
        method("__reversed__") { rt, a in
            guard rt.methodArgs(a, "list.__reversed__", 0, 0) else { return .null }
            return rt.newIterator(rt.types.listReverseIterator, rt.arg(a, 0), i: ListView(rt.arg(a, 0)).count - 1) ?? .null
        }
        method("__iadd__") { rt, a in
            guard rt.methodArgs(a, "list.__iadd__", 1, 1) else { return .null }
            return rt.collectionInplace(.add, rt.arg(a, 0), rt.arg(a, 1)) ?? .null
        }
        method("__imul__") { rt, a in
            guard rt.methodArgs(a, "list.__imul__", 1, 1) else { return .null }
            let y = rt.arg(a, 1)
            guard rt.isIntLike(y) else { return rt.raise(rt.types.typeError, "can't multiply sequence by non-int of type '\(rt.typeName(y))'") }
            return rt.listInplaceRepeat(rt.arg(a, 0), y)
        }
        method("__repr__") { rt, a in
            if let s = rt.reprString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
            return rt.tailCall(rt.prelude("_seq_repr"), [rt.arg(a, 0)])
        }

        let t = types.tuple
        defineMethod(t, "index") { rt, a in
            guard rt.methodArgs(a, "tuple.index", 1, 3) else { return .null }
            return rt.sequenceIndexMethod(a, "tuple")
        }
        defineMethod(t, "count") { rt, a in
            guard rt.methodArgs(a, "tuple.count", 1, 1) else { return .null }
            return rt.sequenceCountMethod(a)
        }
        defineMethod(t, "__len__") { rt, a in
            guard rt.methodArgs(a, "tuple.__len__", 0, 0) else { return .null }
            return .smallInt(TupleView(rt.arg(a, 0)).count)
        }
        defineMethod(t, "__getitem__") { rt, a in
            guard rt.methodArgs(a, "tuple.__getitem__", 1, 1) else { return .null }
            return rt.tupleGetItem(rt.arg(a, 0), rt.arg(a, 1))
        }
        defineMethod(t, "__contains__") { rt, a in
            guard rt.methodArgs(a, "tuple.__contains__", 1, 1) else { return .null }
            return rt.builtinContains(rt.arg(a, 0), rt.arg(a, 1)) ?? .null
        }
        defineMethod(t, "__iter__") { rt, a in
            guard rt.methodArgs(a, "tuple.__iter__", 0, 0) else { return .null }
            return rt.newIterator(rt.types.tupleIterator, rt.arg(a, 0)) ?? .null
        }
        defineMethod(t, "__hash__") { rt, a in
            guard rt.methodArgs(a, "tuple.__hash__", 0, 0) else { return .null }
            if let h = rt.nativeHash(rt.arg(a, 0)) { return rt.newInt(h) ?? .null }
            if !rt.raising.isNull { return .null }
            return rt.tailCall(rt.prelude("_tuple_hash"), [rt.arg(a, 0)])
        }
        defineMethod(t, "__repr__") { rt, a in
            if let s = rt.reprString(rt.arg(a, 0)) { return rt.newStr(s) ?? .null }
            return rt.tailCall(rt.prelude("_seq_repr"), [rt.arg(a, 0)])
        }
        for (cls, name) in [(l, "list"), (t, "tuple")] {
            for (dunder, op) in [("__eq__", CompareKind.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
                defineMethod(cls, dunder) { rt, a in
                    guard rt.methodArgs(a, "\(name).\(dunder)", 1, 1) else { return .null }
                    let x = rt.arg(a, 0), y = rt.arg(a, 1)
                    guard rt.kindOf(y) == rt.kindOf(x) else { return .notImplemented }
                    if let r = rt.sequenceCompare(op, x, y) { return .bool(r) }
                    return rt.tailCall(rt.prelude("_seq_richcompare"), [x, y, .smallInt(Int(op.rawValue))])
                }
            }
            defineMethod(cls, "__add__") { rt, a in
                guard rt.methodArgs(a, "\(name).__add__", 1, 1) else { return .null }
                let x = rt.arg(a, 0), y = rt.arg(a, 1)
                if rt.kindOf(y) == rt.kindOf(x) {
                    return (name == "list" ? rt.listConcat(x, y) : rt.tupleConcat(x, y)) ?? .null
                }
                if !rt.lookupInType(rt.typeOf(y), rt.dunder(.radd)).isNull { return .notImplemented }
                return rt.raise(rt.types.typeError, "can only concatenate \(name) (not \"\(rt.typeName(y))\") to \(name)")
            }
            for dunder in ["__mul__", "__rmul__"] {
                defineMethod(cls, dunder) { rt, a in
                    guard rt.methodArgs(a, "\(name).\(dunder)", 1, 1) else { return .null }
                    let x = rt.arg(a, 0), y = rt.arg(a, 1)
                    if rt.isIntLike(y) { return rt.repeatSequence(x, y) }
                    if dunder == "__mul__" && !rt.lookupInType(rt.typeOf(y), rt.dunder(.rmul)).isNull { return .notImplemented }
                    if !rt.lookupInType(rt.typeOf(y), rt.dunder(.index)).isNull {
                        return rt.tailCall(rt.prelude("_repeat_index"), [x, y])
                    }
                    // seq * seq: the left one repeats, so the right one is "the non-int".
                    let ky = rt.kindOf(y)
                    let other = dunder == "__rmul__" && (ky == .str || ky == .bytes || ky == .bytearray || ky == .tuple || ky == .list) ? x : y
                    return rt.raise(rt.types.typeError, "can't multiply sequence by non-int of type '\(rt.typeName(other))'")
                }
            }
        }
    }

    /// list.index / tuple.index.
    func sequenceIndexMethod(_ a: Args, _ what: String) -> Word {
        let n0 = kindOf(arg(a, 0)) == .tuple ? TupleView(arg(a, 0)).count : ListView(arg(a, 0)).count
        guard let start = indexBound(positionalCount(a) > 2 ? arg(a, 2) : .null, n0, default: 0),
              let stop = indexBound(positionalCount(a) > 3 ? arg(a, 3) : .null, n0, default: Int.max) else { return .null }
        let slow: (Int) -> Word = { i in
            guard let stopW = self.newInt(stop) else { return .null }
            return self.tailCall(self.prelude("_seq_index"), [self.arg(a, 0), self.arg(a, 1), .smallInt(i), stopW])
        }
        var i = start
        while true {
            let items = sequenceItems(arg(a, 0))
            guard i < min(stop, items.count) else { break }
            let item = items[i], x = arg(a, 1)
            if item == x { return .smallInt(i) }
            guard let eq = nativeEqualOrNil(item, x) else { return slow(i) }
            if eq { return .smallInt(i) }
            i += 1
        }
        if what == "tuple" { return raise(types.valueError, "tuple.index(x): x not in tuple") }
        if let r = reprString(arg(a, 1)) { return raise(types.valueError, "\(r) is not in list") }
        return slow(n0)
    }

    /// list.count / tuple.count.
    func sequenceCountMethod(_ a: Args) -> Word {
        let seq = arg(a, 0), x = arg(a, 1)
        var count = 0
        let items = sequenceItems(seq)
        for (i, item) in items.enumerated() {
            if item == x { count += 1; continue }
            guard let eq = nativeEqualOrNil(item, x) else {
                return tailCall(prelude("_seq_count"), [seq, x, .smallInt(i), .smallInt(count)])
            }
            if eq { count += 1 }
        }
        return .smallInt(count)
    }
}
