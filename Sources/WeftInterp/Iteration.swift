// iter() and next(), and for loops. Built-in iterators advance natively; generators
// are resumed (a frame switch); other objects' __iter__/__next__ are guest calls.

import WeftMemory

extension Runtime {
    func newIterator(_ cls: Word, _ a: Word, _ b: Word = .none, i: Int = 0, n: Int = 0) -> Word? {
        let m = vsp
        let ka = keep(a), kb = keep(b)
        defer { release(to: m) }
        guard let it = allocate(LayoutID.iterator, bytes: IteratorField.fixedWords * 8, cls: cls) else { return nil }
        it[IteratorField.a] = kept(ka)
        it[IteratorField.b] = kept(kb)
        it[IteratorField.c] = .none
        it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(i)))
        it.setRaw(IteratorField.n, UInt64(bitPattern: Int64(n)))
        return it.word
    }

    /// iter(x): built-in iterables natively, others by __iter__ or the sequence protocol.
    func getIterator(_ x: Word) -> Word {
        if isExact(x), let it = builtinIterator(x) { return it }
        let t = typeOf(x)
        let it = lookupInType(t, dunder(.iter))
        if !it.isNull && it != .none {
            // A generator function's result is an iterator; other results are checked.
            if kindOf(it) == .function && codes[Int(ObjectRef(it).raw(FunctionField.code))].flow.isGenerator { return tailCall(it, [x]) }
            return tailCall(prelude("_iter_call"), [it, x])
        }
        if it.isNull && !lookupInType(t, dunder(.getitem)).isNull {
            return newIterator(types.seqIterator, x) ?? .null
        }
        return raise(types.typeError, "'\(typeName(x))' object is not iterable")
    }

    /// The built-in types' __iter__ (subclass instances included): null after raising;
    /// nil for other kinds.
    func builtinIterator(_ x: Word) -> Word? {
        switch kindOf(x) {
        case .list: return newIterator(types.listIterator, x) ?? .null
        case .tuple: return newIterator(types.tupleIterator, x) ?? .null
        case .str: return newIterator(types.strIterator, x) ?? .null
        case .dict: return newDictIterator(types.dictKeyIterator, x) ?? .null
        case .set, .frozenset:
            guard let it = newIterator(types.setIterator, x, n: SetView(x).used) else { return .null }
            ObjectRef(it)[IteratorField.c] = .smallInt(SetView(ObjectRef(it)[IteratorField.a]).used)
            return it
        case .dictView:
            let cls = typeOf(x)
            let itType = cls == types.dictKeys ? types.dictKeyIterator : cls == types.dictValues ? types.dictValueIterator : types.dictItemIterator
            return newDictIterator(itType, ObjectRef(x)[IteratorField.a]) ?? .null
        case .range:
            return rangeIterator(x, reversed: false)
        case .generator, .iterator: return x
        default: return nil
        }
    }

    /// An iterator over a dict's keys, values or items (forward or reversed): `a` is the
    /// dict, `i` the next entry, `n` the dict's size when iteration began (set to -1
    /// once a change was seen: the error sticks), `c` how many items remain.
    func newDictIterator(_ cls: Word, _ dw: Word) -> Word? {
        let reversed = cls == types.dictReverseKeyIterator || cls == types.dictReverseValueIterator || cls == types.dictReverseItemIterator
        let d = DictView(dw)
        guard let it = newIterator(cls, dw, i: reversed ? d.filled - 1 : 0, n: d.used) else { return nil }
        ObjectRef(it)[IteratorField.c] = .smallInt(DictView(ObjectRef(it)[IteratorField.a]).used)
        return it
    }

    /// The next item of a built-in iterator; null when exhausted (nothing raised) or on
    /// error (`raising` set). nil: not a built-in iterator.
    func nativeNext(_ itw: Word) -> Word? {
        guard itw.isPointer, ObjectRef(itw).layout == LayoutID.iterator else { return nil }
        let it = ObjectRef(itw)
        let cls = it[1]
        let i = Int(Int64(bitPattern: it.raw(IteratorField.i)))
        func advance() { it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(i + 1))) }
        switch cls {
        case types.listIterator:
            let l = it[IteratorField.a]
            guard l != .none, i < ListView(l).count else { it[IteratorField.a] = .none; return .null }
            advance()
            return ListView(l)[i]
        case types.tupleIterator:
            let t = it[IteratorField.a]
            guard t != .none, i < TupleView(t).count else { it[IteratorField.a] = .none; return .null }
            advance()
            return TupleView(t)[i]
        case types.rangeIterator:
            let n = Int(Int64(bitPattern: it.raw(IteratorField.n)))
            guard i < n else { return .null }
            advance()
            return newInt(it[IteratorField.a].smallIntValue &+ i &* it[IteratorField.b].smallIntValue) ?? .null
        case types.strIterator:
            let s = it[IteratorField.a]
            guard s != .none, i < StrView(s).count else { it[IteratorField.a] = .none; return .null }
            advance()
            return charString(s, i) ?? .null
        case types.dictKeyIterator, types.dictValueIterator, types.dictItemIterator:
            let d = it[IteratorField.a]
            guard d != .none else { return .null }
            let dv = DictView(d)
            if dv.used != Int(Int64(bitPattern: it.raw(IteratorField.n))) {
                it.setRaw(IteratorField.n, UInt64(bitPattern: -1))
                return raise(types.runtimeError, "dictionary changed size during iteration")
            }
            var e = i
            while e < dv.filled && dv.keyAt(e).isNull { e += 1 }
            guard e < dv.filled else { it[IteratorField.a] = .none; return .null }
            it.setRaw(IteratorField.i, UInt64(e + 1))
            let left = it[IteratorField.c].smallIntValue
            if left <= 0 {
                it[IteratorField.a] = .none
                return raise(types.runtimeError, "dictionary keys changed during iteration")
            }
            it[IteratorField.c] = .smallInt(left - 1)
            if cls == types.dictKeyIterator { return dv.keyAt(e) }
            if cls == types.dictValueIterator { return dv.valueAt(e) }
            let m = vsp
            keep(dv.keyAt(e)); keep(dv.valueAt(e))
            defer { release(to: m) }
            return newTuple(fromStack: m, count: 2) ?? .null
        case types.setIterator:
            let s = it[IteratorField.a]
            guard s != .none else { return .null }
            let sv = SetView(s)
            if sv.used != Int(Int64(bitPattern: it.raw(IteratorField.n))) {
                it.setRaw(IteratorField.n, UInt64(bitPattern: -1))
                return raise(types.runtimeError, "Set changed size during iteration")
            }
            var p = i
            while p < sv.size && !sv.isLive(p) { p += 1 }
            guard p < sv.size else { it[IteratorField.a] = .none; return .null }
            it.setRaw(IteratorField.i, UInt64(p + 1))
            it[IteratorField.c] = .smallInt(it[IteratorField.c].smallIntValue - 1)
            return sv.keyAt(p)
        default:
            return iteratorNextOther(itw)
        }
    }

    /// for-loop and next() on any iterator.
    func iterateNext(_ op: Op, dst: Int, iterator: Word, exhausted: Int) -> Word {
        if let v = nativeNext(iterator) {
            if !v.isNull { regs[dst] = v; return .continueHere }
            if !raising.isNull { return .null }
            if op == .forIter {
                ObjectRef(currentFrame).setRaw(FrameField.pc, UInt64(exhausted))
                return .continueHere
            }
            return raiseEmpty(types.stopIteration)
        }
        if kindOf(iterator) == .generator {
            let r = resume(iterator, sent: .none, thrown: .null, mode: op == .forIter ? .generatorForIter : .generatorNext, dst: dst)
            if r.isNull && raising.isNull && op == .forIter {
                ObjectRef(currentFrame).setRaw(FrameField.pc, UInt64(exhausted))
                return .continueHere
            }
            return r
        }
        let nx = lookupInType(typeOf(iterator), dunder(.next))
        if nx.isNull { return raise(types.typeError, "'\(typeName(iterator))' object is not an iterator") }
        let base = vsp
        keep(iterator)
        var r = invoke(nx, base: base, count: 1, kwnames: .null, destination: dst)
        release(to: base)
        // A native __next__ that hands over to the prelude: make that call here, so a
        // StopIteration it raises ends a for loop as one from a Python __next__ does.
        if r.isNull && raising.isNull && !tailCallee.isNull { r = performTailCall(destination: dst) }
        if r == .pushedFrame {
            if op == .forIter {
                let fr = ObjectRef(currentFrame)
                fr.setRaw(FrameField.returnTo, ReturnMode.forIterNext.rawValue | UInt64(dst) << 8)
            }
            return r
        }
        if r.isNull {
            if op == .forIter && !raising.isNull && isInstance(raising, types.stopIteration) {
                raising = .null
                ObjectRef(currentFrame).setRaw(FrameField.pc, UInt64(exhausted))
                return .continueHere
            }
            return .null
        }
        regs[dst] = r
        return .continueHere
    }

    /// Iterators written natively beyond the core ones (enumerate, zip, ...). Their
    /// next function returns nil when guest code is needed for this item: then the
    /// type's __next__ (which goes to the prelude) is called instead.
    func iteratorNextOther(_ itw: Word) -> Word? {
        let it = ObjectRef(itw)
        let cls = it[1]
        if cls == types.seqIterator { return nil }
        // The common ones before the dictionary (hashing the key cost more than the step).
        if cls == types.enumerate { return enumerateNext(itw) }
        if cls == types.zip { return zipNext(itw) }
        guard let next = extraIterators[cls.address] else { return nil }
        return next(self, itw)
    }

    func charString(_ s: Word, _ i: Int) -> Word? {
        let c = StrView(s)[i]
        if c < 128 { return asciiChars[Int(c)] }
        return newStr(codePoints: [c])
    }
}

extension ListView {}
