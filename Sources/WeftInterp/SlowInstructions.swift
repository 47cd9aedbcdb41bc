// Instructions without a fast path in the loop. Each reads its operands from the current
// frame's registers, stores its result there itself (re-reading the registers after any
// allocation), and returns `continueHere`, `pushedFrame`, or null (exception or tail
// call, see Interpreter.swift). The frame's saved pc is already past the instruction.

import WeftMemory

extension Runtime {
    /// The current frame's registers (fresh: valid until the next allocation).
    @inline(__always) var regs: UnsafeMutablePointer<Word> { registers(currentFrame) }

    /// Stores an instruction's result, or passes a failure through.
    @inline(__always) func store(_ dst: Int, _ v: Word) -> Word {
        if v.isNull { return .null }
        regs[dst] = v
        return .continueHere
    }

    func slowInstruction(_ op: Op, _ ins: UInt64, _ start: UnsafeMutablePointer<UInt64>) -> Word {
        let a = Ins.a(ins), b = Ins.b(ins), c = Ins.c(ins)
        let extra = start + 1
        switch op {
        case .callMethod:
            return callCachedMethod(start, regs[b])
        case .getattr:
            fillGetAttributeCache(Int(extra[0]), regs[b], regs[c])
            return store(a, getAttribute(regs[b], regs[c]))
        case .setattr:
            return setAttributeFilling(Int(extra[0]), regs[a], regs[b], regs[c]) ? .continueHere : .null
        case .delattr:
            return deleteAttribute(regs[a], regs[b]) ? .continueHere : .null
        case .getitem:
            return store(a, getItem(regs[b], regs[c]))
        case .setitem:
            return setItem(regs[a], regs[b], regs[c]) ? .continueHere : .null
        case .delitem:
            return deleteItem(regs[a], regs[b]) ? .continueHere : .null
        case .newSlice:
            return store(a, newSlice(regs[b], regs[c], regs[Int(extra[0])]) ?? .null)
        case .getSlice, .setSlice:
            // The general case: a slice object, then getitem or setitem.
            // (The container and value kept: they may be dead after this instruction,
            // and a collection while the slice is made clears dead registers.)
            let (stop, step) = (Int(extra[0] & 0xFFFF), Int((extra[0] >> 16) & 0xFFFF))
            let m = vsp
            let kx = keep(regs[op == .getSlice ? b : a]), kv = keep(op == .setSlice ? regs[b] : .none)
            defer { release(to: m) }
            guard let s = newSlice(regs[c], regs[stop], regs[step]) else { return .null }
            if op == .getSlice { return store(a, getItem(kept(kx), s)) }
            return setItem(kept(kx), s, kept(kv)) ? .continueHere : .null
        case .call, .callKw:
            let kw = op == .callKw
            let args = kw ? extra + 1 : extra
            let base = vsp
            let callee = keep(regs[b])
            for k in 0..<c { keep(regs[packedRegister(args, k)]) }
            let kwnames = kw ? regs[Int(extra[0])] : Word.null
            let r = invoke(kept(callee), base: base + 1, count: c, kwnames: kwnames, destination: a)
            release(to: base)
            if r == .pushedFrame { return r }
            return store(a, r)
        case .callEx:
            let base = vsp
            let callee = keep(regs[b])
            let args = regs[c], kwargs = regs[Int(extra[0])]
            let ka = keep(args), kk = keep(kwargs)
            let argTuple = toTuple(kept(ka))
            if argTuple.isNull { release(to: base); return .null }
            let kt = keep(argTuple)
            // Spread the tuple, then the dict's keys as keyword names.
            let argBase = vsp
            let t = TupleView(kept(kt))
            for k in 0..<t.count { keep(TupleView(kept(kt))[k]) }
            var kwnames = Word.null
            let d = kept(kk)
            if d != .none {
                var names: [Word] = []
                var bad = false
                dictForEach(d) { key, value in
                    if kindOf(key) != .str { bad = true }
                    names.append(key)
                    keep(value)
                }
                if bad {
                    release(to: base)
                    return raise(types.typeError, "keywords must be strings")
                }
                if !names.isEmpty { kwnames = immortalKeywordNames(names.map { StrView($0).string }) }
            }
            let r = invoke(kept(callee), base: argBase, count: vsp - argBase, kwnames: kwnames, destination: a)
            release(to: base)
            if r == .pushedFrame { return r }
            return store(a, r)
        case .newTuple, .newList, .newSet, .newDict, .buildString:
            let base = vsp
            for k in 0..<c { keep(regs[packedRegister(extra, k)]) }
            let r: Word?
            switch op {
            case .newTuple: r = newTuple(fromStack: base, count: c)
            case .newList: r = newList(fromStack: base, count: c)
            case .newSet: r = b == 1 ? newConstantSet(fromStack: base, count: c) : newSet(fromStack: base, count: c)
            case .newDict: r = newDict(fromStack: base, pairs: c / 2)
            default: r = joinStrings(fromStack: base, count: c)
            }
            release(to: base)
            return store(a, r ?? .null)
        case .listAppend:
            return listAppend(regs[a], regs[b]) ? .continueHere : .null
        case .listExtend:
            if listExtend(regs[a], regs[b]) { return .continueHere }
            return c == Ins.unused ? .null : starArgumentsFailed(regs[c], regs[b])
        case .listToTuple:
            return store(a, toTuple(regs[b]))
        case .setAdd:
            return setAdd(regs[a], regs[b]) ? .continueHere : .null
        case .setUpdate:
            return setUpdate(regs[a], regs[b]) ? .continueHere : .null
        case .dictSetitem:
            return dictStore(regs[a], regs[b], regs[c]) ? .continueHere : .null
        case .dictUpdate:
            return dictUpdate(regs[a], regs[b], merge: false) ? .continueHere : .null
        case .dictMerge:
            return dictUpdate(regs[a], regs[b], merge: true, callee: regs[c]) ? .continueHere : .null
        case .formatValue:
            return store(a, formatValue(regs[b], conversion: Ins.d(ins), spec: regs[c]))
        case .unpackSequence:
            return store(a, unpack(regs[b], count: c))
        case .unpackEx:
            return store(a, unpackStarred(regs[b], before: c, after: Int(extra[0])))
        case .tupleGetitem:
            regs[a] = TupleView(regs[b])[c]
            return .continueHere
        case .getIter:
            return store(a, getIterator(regs[b]))
        case .forIter, .next:
            return iterateNext(op, dst: a, iterator: regs[b], exhausted: op == .forIter ? Int(extra[0]) : -1)
        case .yieldValue:
            return yieldFromFrame(regs[b], dst: a)
        case .yieldFrom:
            return yieldFromDelegate(regs[b], dst: a)
        case .getYieldFromIter:
            let v = regs[b]
            if kindOf(v) == .generator { regs[a] = v; return .continueHere }
            return store(a, getIterator(v))
        case .getAwaitable:
            let v = regs[b]
            if kindOf(v) == .generator && ObjectRef(v)[1] == types.coroutine { regs[a] = v; return .continueHere }
            let aw = lookupInType(typeOf(v), dunder(.await))
            if aw.isNull { return raise(types.typeError, "object \(typeName(v)) can't be used in 'await' expression") }
            return store(a, tailCall(aw, [v]))
        case .getAiter:
            let v = regs[b]
            let ai = lookupInType(typeOf(v), dunder(.aiter))
            if ai.isNull { return raise(types.typeError, "'async for' requires an object with __aiter__ method, got \(typeName(v))") }
            return store(a, tailCall(ai, [v]))
        case .getAnext:
            let v = regs[b]
            let an = lookupInType(typeOf(v), dunder(.anext))
            if an.isNull { return raise(types.typeError, "'async for' received an object from __aiter__ that does not implement __anext__: \(typeName(v))") }
            return store(a, tailCall(an, [v]))
        case .raise:
            return raiseInstruction(regs[a], cause: regs[b])
        case .reraise:
            setRaising(regs[a], addTraceback: false)
            return .null
        case .raiseCurrent:
            if handled == .none || handled.isNull { return raise(types.runtimeError, "No active exception to reraise") }
            setRaising(handled, addTraceback: false)
            return .null
        case .landing:
            let e = raising
            raising = .null
            skipTraceback = false
            if a != Ins.unused { regs[a] = typeOf(e) }
            if b != Ins.unused { regs[b] = e }
            return .continueHere
        case .branchIfNotInstance:
            if !isInstance(regs[a], regs[b]) { ObjectRef(currentFrame).setRaw(FrameField.pc, extra[0]) }
            return .continueHere
        case .excPush:
            // A and B may be one register (the exception is dead after this).
            let e = regs[b]
            regs[a] = handled
            handled = e
            return .continueHere
        case .excRestore:
            handled = regs[a]
            return .continueHere
        case .typeOf:
            regs[a] = typeOf(regs[b])
            return .continueHere
        case .withMethod:
            let obj = regs[b], name = regs[c]
            let m = lookupInType(typeOf(obj), name)
            if m.isNull {
                let n = StrView(name).string
                let missedExit = n == "__exit__" || n == "__aexit__"
                return raise(types.typeError, "'\(typeName(obj))' object does not support the \(n.hasPrefix("__a") ? "asynchronous " : "")context manager protocol\(missedExit ? " (missed \(n) method)" : "")")
            }
            return store(a, bind(m, obj, typeOf(obj)))
        case .makeFunction:
            let codeID = Int(extra[0])
            let kwdefaults = regs[packedRegister(extra + 1, 0)]
            let annotations = regs[packedRegister(extra + 1, 1)]
            let closure = regs[packedRegister(extra + 1, 2)]
            let fn = newFunction(code: codes[codeID], globals: ObjectRef(currentFrame)[FrameField.globals], defaults: regs[b],
                                 kwdefaults: kwdefaults, annotations: annotations, closure: closure)
            return store(a, fn ?? .null)
        case .storeGlobal:
            return dictSetStr(ObjectRef(currentFrame)[FrameField.globals], regs[a], regs[b]) ? .continueHere : .null
        case .deleteGlobal:
            let name = regs[a]
            if dictRemove(ObjectRef(currentFrame)[FrameField.globals], name, hash: StrView(name).hash).isNull {
                raiseNameError(name)
                return .null
            }
            return .continueHere
        case .loadName:
            let ns = regs[b], name = regs[c]
            var v = dictGetStr(ns, name)
            if v.isNull { v = dictGetStr(ObjectRef(currentFrame)[FrameField.globals], name) }
            if v.isNull { v = dictGetStr(builtinsDict, name) }
            if v.isNull { raiseNameError(name); return .null }
            regs[a] = v
            return .continueHere
        case .storeName:
            return dictSetStr(regs[a], regs[b], regs[c]) ? .continueHere : .null
        case .deleteName:
            if dictRemove(regs[a], regs[b], hash: StrView(regs[b]).hash).isNull { raiseNameError(regs[b]); return .null }
            return .continueHere
        case .loadClassDeref:
            let name = regs[Int(extra[0])]
            let v = dictGetStr(regs[b], name)
            if !v.isNull { regs[a] = v; return .continueHere }
            let cv = ObjectRef(regs[c])[CellField.value]
            if cv.isNull { raiseUnboundCell(name, free: true); return .null }
            regs[a] = cv
            return .continueHere
        case .setupAnnotations:
            let ns = regs[a] == .none ? ObjectRef(currentFrame)[FrameField.globals] : regs[a]
            let key = dunder(.annotations)
            if !dictGetStr(ns, key).isNull { return .continueHere }
            let k = keep(ns)
            defer { release(to: k) }
            guard let d = newDict() else { return .null }
            return dictSetStr(kept(k), key, d) ? .continueHere : .null
        case .importName:
            return store(a, tailCall(prelude("_import_name"), [regs[b], regs[c], .smallInt(Ins.d(ins)), ObjectRef(currentFrame)[FrameField.globals]]))
        case .importFrom:
            return store(a, tailCall(prelude("_import_from"), [regs[b], regs[c]]))
        case .importStar:
            return store(a, tailCall(prelude("_import_star"), [regs[a], ObjectRef(currentFrame)[FrameField.globals]], discard: true))
        case .getLen:
            return store(a, lengthOf(regs[b]))
        case .matchClass:
            return store(a, tailCall(prelude("_match_class"), [regs[b], regs[c], .smallInt(Int(extra[0])), regs[Int(extra[1])]]))
        case .matchMapping:
            return store(a, tailCall(prelude("_match_mapping"), [regs[b]]))
        case .matchSequence:
            return store(a, tailCall(prelude("_match_sequence"), [regs[b]]))
        case .matchKeys:
            return store(a, tailCall(prelude("_match_keys"), [regs[b], regs[c]]))
        case .copyDictWithoutKeys:
            return store(a, tailCall(prelude("_copy_dict_without_keys"), [regs[b], regs[c]]))
        case .cellNew:
            return store(a, newCell(regs[b]) ?? .null)
        default:
            fatalError("instruction \(op) has no slow path")
        }
    }

    /// The kwnames tuple of f(**d): immortal (one per distinct list of names), since
    /// natives read Args.kwnames after allocating and it is not a root.
    func immortalKeywordNames(_ names: [String]) -> Word {
        let key = names.joined(separator: "\u{0}")
        if let t = keywordNamesCache[key] { return t }
        let t = immortalTuple(names.map { intern($0) })
        keywordNamesCache[key] = t
        return t
    }

    /// raise X [from Y]: instantiate a class, check the type, set __cause__.
    func raiseInstruction(_ exc: Word, cause: Word) -> Word {
        var e = exc
        if kindOf(e) == .type {
            guard isSubtype(e, types.baseException) else {
                return raise(types.typeError, "exceptions must derive from BaseException")
            }
            // No `from`: MISSING (an argument cannot be null; None means `from None`).
            return tailCall(prelude("_raise_class"), [e, cause.isNull ? missing : cause])
        }
        guard kindOf(e) == .exception else {
            return raise(types.typeError, "exceptions must derive from BaseException")
        }
        if !cause.isNull {
            var c = cause
            if kindOf(c) == .type {
                return tailCall(prelude("_raise_class"), [e, c])
            }
            if c != .none && kindOf(c) != .exception {
                return raise(types.typeError, "exception causes must derive from BaseException")
            }
            if c == .none { c = .none }
            ObjectRef(e)[ExceptionField.cause] = c
            ObjectRef(e).setRaw(ExceptionField.suppressContext, 1)
        }
        e = exc
        return setRaising(e)
    }
}
