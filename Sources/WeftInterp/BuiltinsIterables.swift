// The builtins that consume iterables — sorted, min, max, sum, any, all — and the lazy
// iterator types enumerate, zip, reversed, map, filter and iter(callable, sentinel).
// enumerate, zip and reversed advance natively while what they wrap does; otherwise
// (and always for map, filter and callable iterators, which call guest functions) the
// type's __next__ hands over to the prelude (`_enumerate_next`, ...). Either way the
// objects are of CPython's types: type(enumerate([])) is enumerate.

import BigInt
import WeftMemory

extension Runtime {
    /// Does `it` advance without guest code (a core iterator, or enumerate/zip/reversed
    /// over such)?
    func isNativeIterator(_ it: Word) -> Bool {
        guard it.isPointer, ObjectRef(it).layout == LayoutID.iterator else { return false }
        let o = ObjectRef(it)
        switch o[1] {
        case types.listIterator, types.tupleIterator, types.rangeIterator, types.strIterator, types.dictKeyIterator,
             types.dictValueIterator, types.dictItemIterator, types.setIterator, types.listReverseIterator,
             types.dictReverseKeyIterator, types.dictReverseValueIterator, types.dictReverseItemIterator, types.longRangeIterator:
            return true
        case types.enumerate:
            return isNativeIterator(o[IteratorField.a])
        case types.zip:
            let t = TupleView(o[IteratorField.a])
            for k in 0..<t.count where !isNativeIterator(t[k]) { return false }
            return true
        case types.reversed:
            let k = kindOf(o[IteratorField.a])
            return (k == .tuple || k == .str) && isExact(o[IteratorField.a])
        default:
            return false
        }
    }

    /// The truth of a value when no guest code decides it.
    func nativeTruth(_ x: Word) -> Bool? {
        if x.isBool { return x == .true }
        if x.isSmallInt { return x.smallIntValue != 0 }
        switch kindOf(x) {
        case .none: return false
        case .int: return bigValue(x) != 0
        case .float: return floatValue(x) != 0
        case .str, .bytes: if isExact(x) { return StrView(x).count != 0 }
        case .bytearray: if isExact(x) { return ByteArrayView(x).count != 0 }
        case .tuple: if isExact(x) { return TupleView(x).count != 0 }
        case .list: if isExact(x) { return ListView(x).count != 0 }
        case .dict: if isExact(x) { return DictView(x).used != 0 }
        case .set, .frozenset: if isExact(x) { return SetView(x).used != 0 }
        case .range: return ObjectRef(x)[RangeField.length] != .smallInt(0)
        case .dictView: return DictView(ObjectRef(x)[IteratorField.a]).used != 0
        default: break
        }
        let t = typeOf(x)
        if lookupInType(t, dunder(.bool)).isNull && lookupInType(t, dunder(.len)).isNull { return true }
        return nil
    }

    /// Rejects keyword arguments other than `allowed` as CPython's builtins do.
    func onlyKeywords(_ a: Args, _ fname: String, _ allowed: [String]) -> Bool {
        for k in keywordNames(a) where !allowed.contains(k) {
            raise(types.typeError, "'\(k)' is an invalid keyword argument for \(fname)()")
            return false
        }
        return true
    }

    /// An int argument (enumerate's start...): TypeError if it is none.
    func intArgument(_ w: Word) -> Word? {
        if isIntLike(w) { return w.isBool ? .smallInt(w == .true ? 1 : 0) : w }
        raise(types.typeError, "'\(typeName(w))' object cannot be interpreted as an integer")
        return nil
    }

    // MARK: next() of the native iterator types

    func enumerateNext(_ itw: Word) -> Word? {
        let inner = ObjectRef(itw)[IteratorField.a]
        guard isNativeIterator(inner) else { return nil }
        let m = vsp
        let ke = keep(itw)
        defer { release(to: m) }
        guard let v = nativeNext(inner) else { return nil }   // may allocate: itw is stale
        if v.isNull { return .null }
        let kn = keep(ObjectRef(kept(ke))[IteratorField.b])
        keep(v)
        let n = kept(kn)
        let next: Word
        if n.isSmallInt && n.smallIntValue < Word.maxSmallInt { next = .smallInt(n.smallIntValue + 1) }
        else { guard let b = newInt(bigValue(n) + 1) else { return .null }; next = b }
        ObjectRef(kept(ke))[IteratorField.b] = next
        return newTuple(fromStack: kn, count: 2) ?? .null
    }

    func zipNext(_ itw: Word) -> Word? {
        let its = ObjectRef(itw)[IteratorField.a]
        let count = TupleView(its).count
        if count == 0 { return .null }
        for k in 0..<count where !isNativeIterator(TupleView(its)[k]) { return nil }
        let m = vsp
        let kz = keep(itw)
        defer { release(to: m) }
        let base = vsp
        for k in 0..<count {
            let it = TupleView(ObjectRef(kept(kz))[IteratorField.a])[k]
            let v = nativeNext(it)!
            if v.isNull {
                if !raising.isNull { return .null }
                if ObjectRef(kept(kz))[IteratorField.b] == .true { return zipStrictCheck(kz, exhausted: k) }
                return .null
            }
            keep(v)
        }
        return newTuple(fromStack: base, count: count) ?? .null
    }

    /// zip(strict=True) when argument i+1 ran out: were the others out too?
    func zipStrictCheck(_ kz: Int, exhausted i: Int) -> Word {
        if i > 0 {
            return raise(types.valueError, "zip() argument \(i + 1) is shorter than argument\(i == 1 ? " " : "s 1-")\(i)")
        }
        let its = ObjectRef(kept(kz))[IteratorField.a]
        for k in 1..<max(TupleView(its).count, 1) {
            let v = nativeNext(TupleView(ObjectRef(kept(kz))[IteratorField.a])[k])!
            if !v.isNull {
                return raise(types.valueError, "zip() argument \(k + 1) is longer than argument\(k == 1 ? " " : "s 1-")\(k)")
            }
            if !raising.isNull { return .null }
        }
        return .null
    }

    func reversedNext(_ itw: Word) -> Word? {
        let it = ObjectRef(itw)
        let seq = it[IteratorField.a]
        guard seq != .none else { return .null }
        let k = kindOf(seq)
        guard (k == .tuple || k == .str) && isExact(seq) else { return nil }
        let i = Int(Int64(bitPattern: it.raw(IteratorField.i)))
        let n = k == .tuple ? TupleView(seq).count : StrView(seq).count
        guard i >= 0 && i < n else { it[IteratorField.a] = .none; return .null }
        it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(i - 1)))
        return k == .tuple ? TupleView(seq)[i] : (charString(seq, i) ?? .null)
    }

    // MARK: constructors

    /// iter(x) natively for each of `items` (at value-stack slots); nil when one
    /// needs guest code (nothing raised) or on error.
    func nativeIterators(_ base: Int, _ n: Int) -> Word? {
        let m = vsp
        for k in 0..<n {
            let it = getIterator(vs[base + k])
            if it.isNull {
                if !tailCallee.isNull { tailCallee = .null; tailArgs = []; tailKwnames = .null; tailDiscard = false }
                release(to: m)
                return nil
            }
            keep(it)
        }
        defer { release(to: m) }
        return newTuple(fromStack: m, count: n)
    }

    func registerIterableBuiltins() {
        for cls in [types.enumerate, types.zip, types.reversed, types.mapIterator, types.filterIterator, types.callIterator, types.seqIterator] {
            defineMethod(cls, "__iter__") { rt, a in rt.arg(a, 0) }
        }
        extraIterators[types.enumerate.address] = { rt, it in rt.enumerateNext(it) }
        extraIterators[types.zip.address] = { rt, it in rt.zipNext(it) }
        extraIterators[types.reversed.address] = { rt, it in rt.reversedNext(it) }
        // __next__: natively if it can, else the prelude's step.
        for (cls, step) in [(types.enumerate, "_enumerate_next"), (types.zip, "_zip_next"), (types.reversed, "_reversed_next"),
                            (types.mapIterator, "_map_next"), (types.filterIterator, "_filter_next"),
                            (types.callIterator, "_callable_iter_next"), (types.seqIterator, "_seq_iter_next")] {
            defineMethod(cls, "__next__") { rt, a in
                let it = rt.arg(a, 0)
                if let v = rt.nativeNext(it) {
                    if !v.isNull { return v }
                    if !rt.raising.isNull { return .null }
                    return rt.raiseEmpty(rt.types.stopIteration)
                }
                return rt.tailCall(rt.preludeNamed(step), [it])
            }
        }

        constructors[types.enumerate.address] = { rt, a in
            guard rt.onlyKeywords(a, "enumerate", ["iterable", "start"]) else { return .null }
            var iterable = rt.positionalCount(a) > 0 ? rt.arg(a, 0) : rt.keyword(a, "iterable")
            var start = rt.positionalCount(a) > 1 ? rt.arg(a, 1) : rt.keyword(a, "start")
            if rt.positionalCount(a) > 2 { return rt.raise(rt.types.typeError, "enumerate() takes at most 2 arguments (\(rt.positionalCount(a)) given)") }
            if iterable.isNull { return rt.raise(rt.types.typeError, "enumerate() missing required argument 'iterable'") }
            if start.isNull { start = .smallInt(0) }
            guard let s = rt.intArgument(start) else { return .null }
            let m = rt.vsp
            let ks = rt.keep(s)
            defer { rt.release(to: m) }
            let ki = rt.keep(iterable)
            guard let its = rt.nativeIterators(ki, 1) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_enumerate_new"), [rt.kept(ki), rt.kept(ks)])
            }
            iterable = TupleView(its)[0]
            return rt.newIterator(rt.types.enumerate, iterable, rt.kept(ks)) ?? .null
        }
        constructors[types.zip.address] = { rt, a in
            guard rt.onlyKeywords(a, "zip", ["strict"]) else { return .null }
            let strictW = rt.keyword(a, "strict")
            var strict = false
            if !strictW.isNull {
                guard let t = rt.nativeTruth(strictW) else {
                    guard let items = rt.newTuple(fromStack: a.base, count: rt.positionalCount(a)) else { return .null }
                    return rt.tailCall(rt.prelude("_zip_new"), [items, rt.keyword(a, "strict")])
                }
                strict = t
            }
            let n = rt.positionalCount(a)
            guard let its = rt.nativeIterators(a.base, n) else {
                if !rt.raising.isNull { return .null }
                guard let t = rt.newTuple(fromStack: a.base, count: n) else { return .null }
                return rt.tailCall(rt.prelude("_zip_new"), [t, .bool(strict)])
            }
            return rt.newIterator(rt.types.zip, its, .bool(strict)) ?? .null
        }
        constructors[types.mapIterator.address] = { rt, a in
            if !a.kwnames.isNull { return rt.raise(rt.types.typeError, "map() takes no keyword arguments") }
            let n = rt.positionalCount(a)
            if n < 2 { return rt.raise(rt.types.typeError, "map() must have at least two arguments.") }
            guard let its = rt.nativeIterators(a.base + 1, n - 1) else {
                if !rt.raising.isNull { return .null }
                guard let t = rt.newTuple(fromStack: a.base + 1, count: n - 1) else { return .null }
                return rt.tailCall(rt.prelude("_map_new"), [rt.arg(a, 0), t])
            }
            return rt.newIterator(rt.types.mapIterator, rt.arg(a, 0), its) ?? .null
        }
        constructors[types.filterIterator.address] = { rt, a in
            if !a.kwnames.isNull { return rt.raise(rt.types.typeError, "filter() takes no keyword arguments") }
            guard rt.checkArgs(a, "filter", min: 2, max: 2) else { return .null }
            guard let its = rt.nativeIterators(a.base + 1, 1) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_filter_new"), [rt.arg(a, 0), rt.arg(a, 1)])
            }
            return rt.newIterator(rt.types.filterIterator, rt.arg(a, 0), TupleView(its)[0]) ?? .null
        }
        constructors[types.reversed.address] = { rt, a in
            if !a.kwnames.isNull { return rt.raise(rt.types.typeError, "reversed() takes no keyword arguments") }
            let n = rt.positionalCount(a)
            if n != 1 { return rt.raise(rt.types.typeError, "reversed expected 1 argument, got \(n)") }
            return rt.builtinReversed(rt.arg(a, 0))
        }

        define(builtinsDict, "iter") { rt, a in
            guard rt.checkArgs(a, "iter", min: 1, max: 2) else { return .null }
            if rt.positionalCount(a) == 2 {
                let f = rt.arg(a, 0)
                guard rt.isCallable(f) else { return rt.raise(rt.types.typeError, "iter(v, w): v must be callable") }
                return rt.newIterator(rt.types.callIterator, f, rt.arg(a, 1)) ?? .null
            }
            return rt.getIterator(rt.arg(a, 0))
        }
        define(builtinsDict, "sorted") { rt, a in
            if rt.positionalCount(a) != 1 { return rt.raise(rt.types.typeError, "sorted expected 1 argument, got \(rt.positionalCount(a))") }
            guard rt.onlyKeywords(a, "sort", ["key", "reverse"]) else { return .null }
            let key = rt.keyword(a, "key"), revW = rt.keyword(a, "reverse")
            guard let reverse = rt.sortReverseFlag(revW) else { return .null }
            let x = rt.arg(a, 0)
            if !key.isNull && key != .none {
                return rt.tailCall(rt.prelude("_sorted"), [x, key, .bool(reverse)])
            }
            let m = rt.vsp
            defer { rt.release(to: m) }
            guard let (base, n) = rt.collectToStack(x) else {
                return rt.raising.isNull ? rt.tailCall(rt.prelude("_sorted"), [x, .none, .bool(reverse)]) : .null
            }
            guard let l = rt.newList(fromStack: base, count: n) else { return .null }
            let kl = rt.keep(l)
            if rt.listSort(rt.kept(kl), reverse: reverse) { return rt.kept(kl) }
            if !rt.tailCallee.isNull {
                // The items need guest comparisons: sort the new list in the prelude, then return it.
                return rt.tailCall(rt.prelude("_sorted"), [rt.kept(kl), .none, .bool(reverse)])
            }
            return .null
        }
        for isMax in [false, true] {
            let name = isMax ? "max" : "min"
            define(builtinsDict, name) { rt, a in rt.builtinMinMax(a, isMax: isMax) }
        }
        define(builtinsDict, "sum") { rt, a in rt.builtinSum(a) }
        for isAll in [false, true] {
            let name = isAll ? "all" : "any"
            define(builtinsDict, name) { rt, a in
                if !a.kwnames.isNull { return rt.raise(rt.types.typeError, "\(name)() takes no keyword arguments") }
                let n = rt.positionalCount(a)
                if n != 1 { return rt.raise(rt.types.typeError, "\(name)() takes exactly one argument (\(n) given)") }
                let m = rt.vsp
                defer { rt.release(to: m) }
                guard let (base, count) = rt.collectToStack(rt.arg(a, 0)) else {
                    return rt.raising.isNull ? rt.tailCall(rt.prelude(isAll ? "_all" : "_any"), [rt.arg(a, 0)]) : .null
                }
                for k in 0..<count {
                    guard let t = rt.nativeTruth(rt.vs[base + k]) else {
                        return rt.tailCall(rt.prelude(isAll ? "_all" : "_any"), [rt.arg(a, 0)])
                    }
                    if isAll && !t { return .false }
                    if !isAll && t { return .true }
                }
                return .bool(isAll)
            }
        }
        registerIteratorPrimitives()
    }

    /// Would iter(x) find a way to iterate x (without calling anything)?
    func isIterable(_ x: Word) -> Bool {
        switch kindOf(x) {
        case .list, .tuple, .str, .bytes, .bytearray, .dict, .set, .frozenset, .range, .dictView, .generator, .iterator: return true
        default:
            let t = typeOf(x)
            let it = lookupInType(t, dunder(.iter))
            if !it.isNull { return it != .none }
            return !lookupInType(t, dunder(.getitem)).isNull
        }
    }

    func isCallable(_ x: Word) -> Bool {
        switch kindOf(x) {
        case .function, .builtin, .method, .type: return true
        default: return !lookupInType(typeOf(x), dunder(.call)).isNull
        }
    }

    /// reversed(seq) (reversed_new).
    func builtinReversed(_ seq: Word) -> Word {
        switch kindOf(seq) {
        case .list where isExact(seq):
            return newIterator(types.listReverseIterator, seq, i: ListView(seq).count - 1) ?? .null
        case .tuple where isExact(seq):
            return newIterator(types.reversed, seq, i: TupleView(seq).count - 1) ?? .null
        case .str where isExact(seq):
            return newIterator(types.reversed, seq, i: StrView(seq).count - 1) ?? .null
        case .range:
            return rangeIterator(seq, reversed: true)
        case .dict where isExact(seq):
            return newDictIterator(types.dictReverseKeyIterator, seq) ?? .null
        default:
            break
        }
        let t = typeOf(seq)
        let m = lookupInType(t, dunder(.reversed))
        if m == .none { return raise(types.typeError, "'\(typeName(seq))' object is not reversible") }
        if !m.isNull { return tailCall(bind(m, seq, t), []) }
        if lookupInType(t, dunder(.getitem)).isNull || kindOf(seq) == .dict {
            return raise(types.typeError, "'\(typeName(seq))' object is not reversible")
        }
        return tailCall(prelude("_reversed_new"), [seq])
    }

    /// min() and max() (min_max).
    func builtinMinMax(_ a: Args, isMax: Bool) -> Word {
        let name = isMax ? "max" : "min"
        guard onlyKeywords(a, name, ["key", "default"]) else { return .null }
        let n = positionalCount(a)
        if n == 0 { return raise(types.typeError, "\(name) expected at least 1 argument, got 0") }
        let key = keyword(a, "key"), dflt = keyword(a, "default")
        if n > 1 && !dflt.isNull {
            return raise(types.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        let slow: () -> Word = {
            // key and default are read again after the allocation, from the value stack.
            let m = self.vsp
            defer { self.release(to: m) }
            let kk = self.keep(key.isNull ? .none : key), kdf = self.keep(dflt.isNull ? self.missing : dflt)
            guard let args = self.newTuple(fromStack: a.base, count: n) else { return .null }
            return self.tailCall(self.prelude("_min_max"), [args, self.kept(kk), self.kept(kdf), .bool(isMax)])
        }
        if !key.isNull && key != .none { return slow() }
        let m = vsp
        defer { release(to: m) }
        var base = a.base, count = n
        if n == 1 {
            guard let (b, c) = collectToStack(arg(a, 0)) else { return raising.isNull ? slow() : .null }
            base = b
            count = c
        }
        if count == 0 {
            if !dflt.isNull { return dflt }
            return raise(types.valueError, "\(name)() arg is an empty sequence")
        }
        var best = vs[base]
        for k in 1..<max(count, 1) {
            let item = vs[base + k]
            do throws(SortAbort) {
                // max: item > best; min: item < best.
                let better = isMax ? try orderedLess(best, item) : try orderedLess(item, best)
                if better { best = item }
            } catch {
                switch error {
                case .guest: return slow()
                case .unorderable(let x, let y):
                    return isMax ? raiseUnorderable(">", y, x) : raiseUnorderable("<", x, y)
                }
            }
        }
        return best
    }

    /// sum(iterable, /, start=0).
    func builtinSum(_ a: Args) -> Word {
        guard onlyKeywords(a, "sum", ["start"]) else { return .null }
        let n = positionalCount(a)
        if n == 0 { return raise(types.typeError, "sum() takes at least 1 positional argument (0 given)") }
        let kwStart = keyword(a, "start")
        if n > 2 || (n == 2 && !kwStart.isNull) {
            return raise(types.typeError, "sum() takes at most 2 arguments (\(n + (kwStart.isNull ? 0 : 1)) given)")
        }
        var start = n == 2 ? arg(a, 1) : (kwStart.isNull ? Word.smallInt(0) : kwStart)
        switch kindOf(start) {
        case .str: return raise(types.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
        case .bytes: return raise(types.typeError, "sum() can't sum bytes [use b''.join(seq) instead]")
        case .bytearray: return raise(types.typeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
        default: break
        }
        let m = vsp
        defer { release(to: m) }
        let ks = keep(start)
        guard let (base, count) = collectToStack(arg(a, 0)) else {
            return raising.isNull ? tailCall(prelude("_sum"), [arg(a, 0), kept(ks)]) : .null
        }
        let kacc = keep(kept(ks))
        for k in 0..<count {
            let item = vs[base + k]
            let acc = kept(kacc)
            if acc.isSmallInt && item.isSmallInt {
                let (r, o) = acc.smallIntValue.addingReportingOverflow(item.smallIntValue)
                if !o && Word.fitsSmallInt(r) { setKept(kacc, .smallInt(r)); continue }
            }
            guard let r = nativeBinary(.add, acc, item) else {
                return raising.isNull ? tailCall(prelude("_sum"), [arg(a, 0), kept(ks)]) : .null
            }
            if r.isNull { return .null }
            setKept(kacc, r)
        }
        start = kept(kacc)
        return start
    }

    /// `_weft.iter_*`: the fields of native iterator objects, for the prelude's steps.
    func registerIteratorPrimitives() {
        func prim(_ name: String, _ fn: @escaping NativeFunction<GC>) { define(weftModuleDict, name, fn) }
        // _weft.iter_field(it, k): 0 a, 1 b, 2 c, 3 i
        prim("iter_field") { rt, a in
            let o = ObjectRef(rt.arg(a, 0))
            switch rt.arg(a, 1).smallIntValue {
            case 0: return o[IteratorField.a]
            case 1: return o[IteratorField.b]
            case 2: return o[IteratorField.c]
            default: return rt.newInt(Int(Int64(bitPattern: o.raw(IteratorField.i)))) ?? .null
            }
        }
        prim("iter_set_field") { rt, a in
            let o = ObjectRef(rt.arg(a, 0))
            let v = rt.arg(a, 2)
            switch rt.arg(a, 1).smallIntValue {
            case 0: o[IteratorField.a] = v
            case 1: o[IteratorField.b] = v
            case 2: o[IteratorField.c] = v
            default: o.setRaw(IteratorField.i, UInt64(bitPattern: Int64(rt.intValue(v) ?? 0)))
            }
            return .none
        }
        // _weft.new_iter(type, a, b, i): an object of a native iterator type.
        prim("new_iter") { rt, a in
            rt.newIterator(rt.arg(a, 0), rt.arg(a, 1), rt.arg(a, 2), i: rt.intValue(rt.arg(a, 3)) ?? 0) ?? .null
        }
        // Would iter(x) find a way to iterate (without calling anything)?
        prim("is_iterable") { rt, a in .bool(rt.isIterable(rt.arg(a, 0))) }
        prim("iter_types") { rt, a in
            rt.newTuple([rt.types.enumerate, rt.types.zip, rt.types.mapIterator, rt.types.filterIterator, rt.types.reversed]) ?? .null
        }
        prim("tuple_hash_of") { rt, a in
            let l = ListView(rt.arg(a, 0))
            let hs = (0..<l.count).map { rt.hashArgument(l[$0]) }
            return rt.newInt(rt.tupleHash(hs)) ?? .null
        }
        // The list's items taken out (CPython empties a list while sorting it).
        prim("list_items") { rt, a in
            let m = rt.vsp
            defer { rt.release(to: m) }
            let l = ListView(rt.arg(a, 0))
            for k in 0..<l.count { rt.keep(ListView(rt.arg(a, 0))[k]) }
            return rt.newList(fromStack: m, count: rt.vsp - m) ?? .null
        }
        // Native sort of keys (and values along): the sorted values, or MISSING when
        // guest comparisons are needed; TypeError for unorderable built-in values.
        prim("sort_keys") { rt, a in
            let kl = ListView(rt.arg(a, 0)), vl = ListView(rt.arg(a, 1))
            let keys = (0..<kl.count).map { kl[$0] }, values = (0..<vl.count).map { vl[$0] }
            let reverse = rt.arg(a, 2) == .true
            var ks = keys, vs = values
            if reverse { ks.reverse(); vs.reverse() }
            var ts = TimSort(keys: ks, values: vs, lessThan: { [unowned rt] x, y throws(SortAbort) in try rt.orderedLess(x, y) })
            do throws(SortAbort) {
                try ts.sort()
            } catch {
                switch error {
                case .guest: return rt.missing
                case .unorderable(let x, let y):
                    var out = ts.values!
                    if reverse { out.reverse() }
                    let vl2 = ListView(rt.arg(a, 1))
                    for (k, w) in out.enumerated() { vl2[k] = w }
                    return rt.raiseUnorderable("<", x, y)
                }
            }
            var out = ts.values!
            if reverse { out.reverse() }
            let vl2 = ListView(rt.arg(a, 1))
            for (k, w) in out.enumerated() { vl2[k] = w }
            return .none
        }
        prim("list_set_items") { rt, a in
            // Puts items (a list) into list l, replacing its contents.
            let m = rt.vsp
            let kl = rt.keep(rt.arg(a, 0))
            defer { rt.release(to: m) }
            guard let (base, n) = rt.collectToStack(rt.arg(a, 1)) else { return .null }
            rt.listSetCount(rt.kept(kl), 0)
            return rt.listReplaceRange(kl, 0, 0, itemsAt: base, count: n) ? .none : .null
        }
    }
}
