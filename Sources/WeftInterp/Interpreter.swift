// The interpreter: one loop, one switch, pc and frame in local variables (see
// PERF-NOTES.md). It never recurses in Swift for a guest call: a call pushes a frame on
// the heap and the loop goes on in it; a return pops it. So recursion depth is bounded
// by the heap, and switching coroutines is replacing the current frame.
//
// Slow paths are methods that return a Word: non-null is the result; null means either
// an exception is being raised (`raising`) or a guest call must be made in the
// instruction's place (`tailCallee`), whose result becomes the instruction's result.
// Anything that allocates may move objects (semispace): the loop then reloads its frame
// pointer from `currentFrame`, which the collector updates.

import WeftMemory

extension Runtime {
    /// Runs `frame` (already linked to `currentFrame` as its back) until it returns;
    /// the result, or null with `raising` set.
    func runFrame(_ frame: Word) -> Word {
        ObjectRef(frame).setRaw(FrameField.returnTo, ReturnMode.toSwift.rawValue)
        ObjectRef(frame)[FrameField.back] = currentFrame
        currentFrame = frame
        return interpret()
    }

    @inline(never)
    func interpret() -> Word {
        var f = ObjectRef(currentFrame)
        var code = codeTable[Int(f.raw(FrameField.code))].code
        var pc = code + Int(f.raw(FrameField.pc))
        var regs = (f.base + FrameField.fixedWords * 8).assumingMemoryBound(to: Word.self)

        /// Re-derives the locals after anything that may have moved the current frame.
        @inline(__always) func reload() {
            if GC.isMoving {
                f = ObjectRef(currentFrame)
                regs = (f.base + FrameField.fixedWords * 8).assumingMemoryBound(to: Word.self)
            }
        }
        /// Switches to the frame in `currentFrame` (after a call or a return).
        @inline(__always) func enterCurrent() {
            f = ObjectRef(currentFrame)
            code = codeTable[Int(f.raw(FrameField.code))].code
            pc = code + Int(f.raw(FrameField.pc))
            regs = (f.base + FrameField.fixedWords * 8).assumingMemoryBound(to: Word.self)
        }
        @inline(__always) func save(_ end: UnsafeMutablePointer<UInt64>) {
            f.setRaw(FrameField.pc, UInt64(end - code))
        }
        @inline(__always) func belowRecursionLimit() -> Bool { recursionLimit.map { depth + 1 < $0 } ?? true }

        while true {
            let ins = pc.pointee
            let start = pc
            pc += 1
            let op = unsafeBitCast(UInt8(truncatingIfNeeded: ins), to: Op.self)
            var value = Word.null
            // Each case either `continue`s (done) or leaves `value` null after a failed
            // slow path (then the code after the switch raises or makes the tail call)
            // or sets `value` and the destination A (then stored below).
            switch op {
            case .nop:
                continue
            case .move:
                regs[Ins.a(ins)] = regs[Ins.b(ins)]
                continue
            case .jump:
                pc = code + Ins.target(ins)
                continue
            case .branchIfFalse:
                if regs[Ins.a(ins)] == .false { pc = code + Ins.target(ins) }
                continue
            case .branchIfTrue:
                if regs[Ins.a(ins)] == .true { pc = code + Ins.target(ins) }
                continue
            case .add:
                let x = regs[Ins.b(ins)], y = regs[Ins.c(ins)]
                if x.isSmallInt && y.isSmallInt {
                    let (r, o) = Int64(bitPattern: x.raw).addingReportingOverflow(Int64(bitPattern: y.raw &- 1))
                    if !o { regs[Ins.a(ins)] = Word(raw: UInt64(bitPattern: r)); continue }
                } else if x.isFlonum && y.isFlonum, let r = Word.flonum(x.flonumValue + y.flonumValue) {
                    regs[Ins.a(ins)] = r
                    continue
                } else if let r = FastArithmetic.binary(.add, x, y) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                save(pc)
                value = binaryOp(.add, x, y, inplace: Ins.d(ins) == 1)
                reload()
            case .sub:
                let x = regs[Ins.b(ins)], y = regs[Ins.c(ins)]
                if x.isSmallInt && y.isSmallInt {
                    let (r, o) = Int64(bitPattern: x.raw).subtractingReportingOverflow(Int64(bitPattern: y.raw &- 1))
                    if !o { regs[Ins.a(ins)] = Word(raw: UInt64(bitPattern: r)); continue }
                } else if x.isFlonum && y.isFlonum, let r = Word.flonum(x.flonumValue - y.flonumValue) {
                    regs[Ins.a(ins)] = r
                    continue
                } else if let r = FastArithmetic.binary(.sub, x, y) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                save(pc)
                value = binaryOp(.sub, x, y, inplace: Ins.d(ins) == 1)
                reload()
            case .mul:
                let x = regs[Ins.b(ins)], y = regs[Ins.c(ins)]
                if x.isSmallInt && y.isSmallInt {
                    let (r, o) = Int64(bitPattern: x.raw &- 1).multipliedReportingOverflow(by: Int64(x.smallIntValue == 0 ? 0 : y.smallIntValue))
                    if !o, Word.fitsSmallInt(Int(r >> 1)) { regs[Ins.a(ins)] = Word(raw: UInt64(bitPattern: r) | 1); continue }
                } else if x.isFlonum && y.isFlonum, let r = Word.flonum(x.flonumValue * y.flonumValue) {
                    regs[Ins.a(ins)] = r
                    continue
                } else if let r = FastArithmetic.binary(.mul, x, y) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                save(pc)
                value = binaryOp(.mul, x, y, inplace: Ins.d(ins) == 1)
                reload()
            case .binary, .inplace:
                // (x op= y on ints and floats is x op y: they are immutable.)
                let kind = unsafeBitCast(UInt8(truncatingIfNeeded: Ins.d(ins)), to: BinaryKind.self)  // lowering writes only valid kinds
                let x = regs[Ins.b(ins)], y = regs[Ins.c(ins)]
                if kind == .truediv && x.isFlonum && y.isFlonum && y.flonumValue != 0,
                   let r = Word.flonum(x.flonumValue / y.flonumValue) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                if let r = FastArithmetic.binary(kind, x, y) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                save(pc)
                value = binaryOp(kind, x, y, inplace: op == .inplace)
                reload()
            case .compare:
                let x = regs[Ins.b(ins)], y = regs[Ins.c(ins)]
                let kind = unsafeBitCast(UInt8(truncatingIfNeeded: Ins.d(ins)), to: CompareKind.self)
                if x.isSmallInt && y.isSmallInt {
                    let a = Int64(bitPattern: x.raw), b = Int64(bitPattern: y.raw)
                    let r: Bool
                    switch kind {
                    case .lt: r = a < b
                    case .le: r = a <= b
                    case .eq: r = a == b
                    case .ne: r = a != b
                    case .gt: r = a > b
                    case .ge: r = a >= b
                    }
                    regs[Ins.a(ins)] = .bool(r)
                    continue
                }
                if let r = FastArithmetic.compare(kind, x, y) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                if x.isPointer && y.isPointer && ObjectRef(x)[1] == types.str && ObjectRef(y)[1] == types.str {
                    // Exact strs: equality, or code point order.
                    if kind == .eq || kind == .ne {
                        regs[Ins.a(ins)] = .bool(StrView.equal(x, y) == (kind == .eq))
                        continue
                    }
                    let c = StrView.compare(x, y)
                    let r: Bool
                    switch kind {
                    case .lt: r = c < 0
                    case .le: r = c <= 0
                    case .gt: r = c > 0
                    default: r = c >= 0
                    }
                    regs[Ins.a(ins)] = .bool(r)
                    continue
                }
                save(pc)
                value = compareOp(kind, x, y)
                reload()
            case .truth:
                let x = regs[Ins.b(ins)]
                if x.isBool { regs[Ins.a(ins)] = x; continue }
                if x.isSmallInt { regs[Ins.a(ins)] = .bool(x.raw != 1); continue }
                if x == .none { regs[Ins.a(ins)] = .false; continue }
                save(pc)
                value = truthValue(x)
                reload()
            case .not:
                let x = regs[Ins.b(ins)]
                if x.isBool { regs[Ins.a(ins)] = .bool(x == .false); continue }
                save(pc)
                value = truthValue(x)
                reload()
                // not x: negate the answer, or the guest __bool__/__len__ about to answer
                if !value.isNull { value = .bool(value == .false) } else if !tailCallee.isNull { negateTailCall() }
            case .unary:
                let x = regs[Ins.b(ins)]
                if Ins.d(ins) == 0 && x.isSmallInt && x.smallIntValue != Word.minSmallInt {
                    regs[Ins.a(ins)] = .smallInt(-x.smallIntValue)
                    continue
                }
                if Ins.d(ins) == 0 && x.isFlonum, let r = Word.flonum(-x.flonumValue) {
                    regs[Ins.a(ins)] = r
                    continue
                }
                save(pc)
                value = unaryOp(Ins.d(ins), regs[Ins.b(ins)])
                reload()
            case .unpackSequence:
                // An exact tuple of the right length is its own unpacking.
                let x = regs[Ins.b(ins)]
                if x.isPointer && ObjectRef(x).layout == LayoutID.tuple && ObjectRef(x)[1] == types.tuple
                    && TupleView(x).count == Ins.c(ins) {
                    regs[Ins.a(ins)] = x
                    continue
                }
                save(pc)
                value = unpack(x, count: Ins.c(ins))
                reload()
            case .tupleGetitem:
                regs[Ins.a(ins)] = TupleView(regs[Ins.b(ins)])[Ins.c(ins)]
                continue
            case .isSame:
                let same = regs[Ins.b(ins)] == regs[Ins.c(ins)]
                regs[Ins.a(ins)] = .bool(Ins.d(ins) == 0 ? same : !same)
                continue
            case .contains:
                save(pc)
                value = containsOp(regs[Ins.b(ins)], regs[Ins.c(ins)])
                reload()
                if Ins.d(ins) == 1 {
                    // not in: negate the answer, or the guest __contains__ about to answer
                    if !value.isNull { value = .bool(value == .false) } else if !tailCallee.isNull { negateTailCall() }
                }
            case .excMatch:
                save(pc)
                value = exceptionMatches(regs[Ins.b(ins)], regs[Ins.c(ins)])
                reload()
            case .checkBound:
                let x = regs[Ins.b(ins)]
                if !x.isNull { regs[Ins.a(ins)] = x; continue }
                save(pc)
                raiseUnbound(regs[Ins.c(ins)])
            case .cellNew:
                save(pc)
                value = newCell(regs[Ins.b(ins)]) ?? .null
                reload()
            case .cellGet:
                let v = ObjectRef(regs[Ins.b(ins)])[CellField.value]
                if !v.isNull { regs[Ins.a(ins)] = v; continue }
                save(pc)
                raiseUnboundCell(regs[Ins.c(ins)], free: Ins.d(ins) == 1)
            case .cellSet:
                ObjectRef(regs[Ins.a(ins)])[CellField.value] = regs[Ins.b(ins)]
                continue
            case .cellDelete:
                let c = ObjectRef(regs[Ins.a(ins)])
                if !c[CellField.value].isNull { c[CellField.value] = .null; continue }
                save(pc)
                raiseUnboundCell(regs[Ins.b(ins)], free: Ins.d(ins) == 1)
            case .loadGlobal:
                let name = regs[Ins.b(ins)]
                let ce = globalCaches + Int(pc.pointee)
                pc += 1
                let g = f[FrameField.globals]
                if ObjectRef(g).raw(DictField.version) == ce.pointee.globalsVersion {
                    let i = ce.pointee.index
                    if i >= 0 { regs[Ins.a(ins)] = DictView(g).valueAt(i); continue }
                    if ObjectRef(builtinsDict).raw(DictField.version) == ce.pointee.builtinsVersion {
                        regs[Ins.a(ins)] = DictView(builtinsDict).valueAt(-1 - i)
                        continue
                    }
                }
                let v = loadGlobalFilling(g, name, Int(pc[-1]))
                if !v.isNull { regs[Ins.a(ins)] = v; continue }
                save(pc)
                raiseNameError(name)
            case .storeGlobal:
                // An existing global rebound: at the entry the site's cache remembers
                // for the globals dict's version (a new value keeps the keys, and the
                // version); else stored by name, and the entry remembered.
                let ce = globalCaches + Int(pc.pointee)
                pc += 1
                let g = f[FrameField.globals]
                if ObjectRef(g).raw(DictField.version) == ce.pointee.globalsVersion && ce.pointee.index >= 0 {
                    DictView(g).setValue(ce.pointee.index, regs[Ins.b(ins)])
                    continue
                }
                save(pc)
                let name = regs[Ins.a(ins)]
                let stored = dictSetStr(g, name, regs[Ins.b(ins)])
                reload()
                if !stored { break }    // MemoryError: raised below
                let g2 = f[FrameField.globals], e = dictFind(g2, regs[Ins.a(ins)], StrView(regs[Ins.a(ins)]).hash)
                if e >= 0 && pc[-1] != 0 {
                    ce.pointee = GlobalCacheEntry(globalsVersion: ObjectRef(g2).raw(DictField.version), index: e)
                }
                continue
            case .ret:
                let r = regs[Ins.a(ins)]
                let returnTo = f.raw(FrameField.returnTo)
                if returnTo & 0xFF == ReturnMode.normal.rawValue && f[FrameField.generator].isNull {
                    // The common return: returnFrom's first case, here.
                    frameReturned(f)
                    currentFrame = f[FrameField.back]
                    depth -= 1
                    registers(currentFrame)[Int(returnTo >> 8)] = r
                    enterCurrent()
                    continue
                }
                if returnTo & 0xFF == ReturnMode.toSwift.rawValue {
                    currentFrame = f[FrameField.back]
                    return r
                }
                if returnFrom(f.word, r) { enterCurrent(); continue }
                // The caller must raise (e.g. __init__ returned a value): unwind from it.
                enterCurrent()
            case .callMethod:
                // obj.name(args) where the site's cache entry holds a Python method of
                // obj's class taking exactly obj and these: called without a bound method
                // (callMethod, then getattr + cache word, then the call); else the slow
                // path (the cached call of a built-in method, or getattr and call).
                if op == .callMethod {
                    let obj = regs[Ins.b(ins)]
                    if obj.isPointer && ObjectRef(obj).layout == LayoutID.instance && finalizerQueue.isEmpty,
                       let e = attributeCacheEntry(Int(start[2]), map: ObjectRef(obj).raw(InstanceField.map)),
                       e.pointee.kind == .method && e.pointee.version == classVersion {
                        let fn = e.pointee.value, call = start + 3
                        let id = Int(ObjectRef(fn).raw(FunctionField.code)), n = Ins.c(call.pointee)
                        if ObjectRef(fn).layout == LayoutID.function && codeTable[id].fastArity == n + 1 && belowRecursionLimit() {
                            save(call + instructionLength(.call, call.pointee))
                            if let frame = plainCallFrame(fn, id, first: obj, registers: regs, args: call + 1, n: n) {
                                enterFrame(frame, destination: Ins.a(call.pointee))
                                enterCurrent()
                                continue
                            }
                            reload()
                            break   // MemoryError: raised below
                        }
                    }
                }
                fallthrough
            case .call:
                // A Python function called with exactly its positional parameters (and
                // already lowered): its frame is made and entered here, as callFunction
                // would; anything else takes the slow path below.
                let callee = regs[Ins.b(ins)]
                if op == .call && callee.isPointer && ObjectRef(callee).layout == LayoutID.function && finalizerQueue.isEmpty {
                    let id = Int(ObjectRef(callee).raw(FunctionField.code))
                    let n = Ins.c(ins)
                    if codeTable[id].fastArity == n && belowRecursionLimit() {
                        save(start + instructionLength(op, ins))
                        if let frame = plainCallFrame(callee, id, first: .null, registers: regs, args: start + 1, n: n) {
                            enterFrame(frame, destination: Ins.a(ins))
                            enterCurrent()
                            continue
                        }
                        reload()
                        break   // MemoryError: raised below
                    }
                    if codeTable[id].generatorArity == n && belowRecursionLimit() {
                        // A generator function (a generator expression): its frame, not run.
                        pc = start + instructionLength(op, ins)
                        save(pc)
                        let frame = plainCallFrame(callee, id, first: .null, registers: regs, args: start + 1, n: n)
                        reload()
                        if let frame {
                            value = newGenerator(frame, code: codes[id]) ?? .null
                            reload()
                        }
                        break   // the generator is stored below, or MemoryError raised
                    }
                }
                // list(x for ...), tuple(x for ...) and set(x for ...) of a generator
                // expression not yet started: it runs in a collect mode, its yields
                // adding to a list or set (ReturnMode.collectList, and the yieldValue
                // case below).
                if op == .call && Ins.c(ins) == 1 && (callee == types.list || callee == types.tuple || callee == types.set)
                    && finalizerQueue.isEmpty {
                    let g = regs[packedRegister(start + 1, 0)]
                    if g.isPointer && ObjectRef(g).layout == LayoutID.generator && ObjectRef(g)[1] == types.generator
                        && ObjectRef(g).raw(GeneratorField.state) == GeneratorState.created.rawValue
                        && codeTable[Int(ObjectRef(ObjectRef(g)[GeneratorField.frame]).raw(FrameField.code))].isGeneratorExpression {
                        let mode: ReturnMode = callee == types.list ? .collectList : callee == types.tuple ? .collectTuple : .collectSet
                        save(start + instructionLength(op, ins))
                        let kg = keep(g)
                        let list = mode == .collectSet ? newSet() : newList()
                        let go = ObjectRef(kept(kg))
                        release(to: kg)
                        reload()
                        guard let list else { break }   // MemoryError: raised below
                        let frame = enterGenerator(go, mode: mode, dst: Ins.a(ins))
                        ObjectRef(frame)[FrameField.extra] = list
                        enterCurrent()
                        continue
                    }
                }
                // A Python method bound to its object (`f = obj.m; ...; f(args)`, or
                // `obj.m(args)` whose arguments are computed after the lookup): the
                // function entered with the object first, as invoke would.
                if op == .call && callee.isPointer && ObjectRef(callee).layout == LayoutID.method && finalizerQueue.isEmpty {
                    let fn = ObjectRef(callee)[MethodField.function]
                    if fn.isPointer && ObjectRef(fn).layout == LayoutID.function {
                        let id = Int(ObjectRef(fn).raw(FunctionField.code)), n = Ins.c(ins)
                        if codeTable[id].fastArity == n + 1 && belowRecursionLimit() {
                            save(start + instructionLength(op, ins))
                            if let frame = plainCallFrame(fn, id, first: ObjectRef(callee)[MethodField.selfObject], registers: regs, args: start + 1, n: n) {
                                enterFrame(frame, destination: Ins.a(ins))
                                enterCurrent()
                                continue
                            }
                            reload()
                            break   // MemoryError: raised below
                        }
                    }
                }
                // An instance of a Python class made the plain way (type's __call__,
                // object's __new__, a Python __init__ taking exactly these): the
                // instance, then __init__'s frame entered, returning the instance, as
                // construct would.
                if op == .call && callee.isPointer && ObjectRef(callee).layout == LayoutID.type && finalizerQueue.isEmpty {
                    let initFn = plainInit(callee)
                    if !initFn.isNull {
                        let id = Int(ObjectRef(initFn).raw(FunctionField.code)), n = Ins.c(ins)
                        if codeTable[id].fastArity == n + 1 && belowRecursionLimit() {
                            save(start + instructionLength(op, ins))
                            // The frame first, with the arguments (a collection clears the
                            // registers dead after this instruction), then the instance.
                            let kc = keep(callee)
                            guard let frame = plainCallFrame(initFn, id, first: .none, registers: regs, args: start + 1, n: n) else {
                                release(to: kc)
                                reload()
                                break   // MemoryError: raised below
                            }
                            let kf = keep(frame)
                            let obj = newInstance(kept(kc))
                            let fr = ObjectRef(kept(kf))
                            release(to: kc)
                            reload()
                            guard let obj else { break }
                            registers(fr.word)[0] = obj
                            enterFrame(fr.word, destination: Ins.a(ins))
                            fr[FrameField.extra] = obj
                            fr.setRaw(FrameField.returnTo, ReturnMode.initialize.rawValue | UInt64(max(Ins.a(ins), 0)) << 8)
                            enterCurrent()
                            continue
                        }
                    }
                }
                // A built-in function, or a built-in method bound to its object: its
                // native called with the arguments on the value stack, as invoke would.
                if op == .call && callee.isPointer && ObjectRef(callee).layout == LayoutID.builtin
                    && ObjectRef(callee)[1] == types.builtinFunction && finalizerQueue.isEmpty {
                    let b = ObjectRef(callee)
                    pc = start + instructionLength(op, ins)
                    save(pc)
                    let base = vsp
                    let selfObject = b[BuiltinField.selfObject]
                    if !selfObject.isNull { keep(selfObject) }
                    for k in 0..<Ins.c(ins) { keep(regs[packedRegister(start + 1, k)]) }
                    value = natives[Int(b.raw(BuiltinField.native))](self, Args(base: base, count: vsp - base, kwnames: .null, destination: Ins.a(ins)))
                    release(to: base)
                    if value == .pushedFrame { enterCurrent(); continue }
                    reload()
                    break   // the value, or the tail call or exception, is dealt with below
                }
                fallthrough
            case .forIter:
                // The next item of a list or range iterator; anything else (and the end)
                // takes the slow path below.
                if op == .forIter, regs[Ins.b(ins)].isPointer, ObjectRef(regs[Ins.b(ins)]).layout == LayoutID.iterator {
                    let it = ObjectRef(regs[Ins.b(ins)])
                    let i = Int(Int64(bitPattern: it.raw(IteratorField.i)))
                    if it[1] == types.listIterator {
                        let l = it[IteratorField.a]
                        if l != .none && i < ListView(l).count {
                            it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(i &+ 1)))
                            regs[Ins.a(ins)] = ListView(l)[i]
                            pc += 1
                            continue
                        }
                    } else if it[1] == types.rangeIterator && i < Int(Int64(bitPattern: it.raw(IteratorField.n))) {
                        let (p, o1) = it[IteratorField.b].smallIntValue.multipliedReportingOverflow(by: i)
                        let (v, o2) = it[IteratorField.a].smallIntValue.addingReportingOverflow(p)
                        if !o1 && !o2 && Word.fitsSmallInt(v) {
                            it.setRaw(IteratorField.i, UInt64(bitPattern: Int64(i &+ 1)))
                            regs[Ins.a(ins)] = .smallInt(v)
                            pc += 1
                            continue
                        }
                    }
                }
                // The next item of a generator: its frame resumes (resume's common case;
                // the yield above hands the item over, a return ends the loop).
                if op == .forIter, regs[Ins.b(ins)].isPointer, ObjectRef(regs[Ins.b(ins)]).layout == LayoutID.generator,
                   finalizerQueue.isEmpty {
                    let go = ObjectRef(regs[Ins.b(ins)])
                    let state = go.raw(GeneratorField.state)
                    if go[1] == types.generator && go[GeneratorField.yieldFrom].isNull
                        && (state == GeneratorState.suspended.rawValue || state == GeneratorState.created.rawValue) {
                        pc = start + instructionLength(op, ins)
                        save(pc)
                        let frame = enterGenerator(go, mode: .generatorForIter, dst: Ins.a(ins))
                        if state == GeneratorState.suspended.rawValue { registers(frame)[Int(go.raw(GeneratorField.sendRegister))] = .none }
                        enterCurrent()
                        continue
                    }
                }
                fallthrough
            case .setattr:
                // A plain store into an instance's attributes, as the site's cache entry
                // remembers it (AttributeCache.swift); else the slow path below.
                let obj = regs[Ins.a(ins)]
                if op == .setattr && obj.isPointer && ObjectRef(obj).layout == LayoutID.instance,
                   let e = attributeCacheEntry(Int(pc.pointee), map: ObjectRef(obj).raw(InstanceField.map)),
                   e.pointee.version == classVersion {
                    let o = ObjectRef(obj)
                    let s = e.pointee.slot
                    let inline = Int(o.raw(InstanceField.inlineCount)) &- e.pointee.slotWords
                    switch e.pointee.kind {
                    case .memberStore:
                        o[InstanceField.fixedWords &+ inline &+ s] = regs[Ins.c(ins)]
                        pc += 1
                        continue
                    case .store where s < inline:
                        o[InstanceField.fixedWords &+ s] = regs[Ins.c(ins)]
                        o.setRaw(InstanceField.map, e.pointee.newMap)
                        pc += 1
                        continue
                    case .store where e.pointee.newMap == e.pointee.map:
                        ObjectRef(o[InstanceField.overflow])[ArrayField.fixedWords &+ s &- inline] = regs[Ins.c(ins)]
                        pc += 1
                        continue
                    default:
                        break
                    }
                }
                fallthrough
            case .getitem:
                // An item of an exact list or tuple at a small-int index in range; else
                // the slow path below (which also raises the IndexError).
                if op == .getitem {
                    let x = regs[Ins.b(ins)], key = regs[Ins.c(ins)]
                    if key.isSmallInt && x.isPointer {
                        let o = ObjectRef(x)
                        var i = key.smallIntValue
                        if o.layout == LayoutID.list && o[1] == types.list {
                            let l = ListView(x)
                            if i < 0 { i &+= l.count }
                            if i >= 0 && i < l.count { regs[Ins.a(ins)] = l[i]; continue }
                        } else if o.layout == LayoutID.tuple && o[1] == types.tuple {
                            let t = TupleView(x)
                            if i < 0 { i &+= t.count }
                            if i >= 0 && i < t.count { regs[Ins.a(ins)] = t[i]; continue }
                        } else if o[1] == types.str {
                            // A character of an exact str: ASCII ones are preallocated.
                            let sv = StrView(x)
                            if i < 0 { i &+= sv.count }
                            if i >= 0 && i < sv.count {
                                let c = sv[i]
                                if c < 128 { regs[Ins.a(ins)] = asciiChars[Int(c)]; continue }
                            }
                        }
                    }
                }
                fallthrough
            case .setitem:
                // A store into an exact list at a small-int index in range.
                if op == .setitem {
                    let x = regs[Ins.a(ins)], key = regs[Ins.b(ins)]
                    if key.isSmallInt && x.isPointer && ObjectRef(x).layout == LayoutID.list && ObjectRef(x)[1] == types.list {
                        let l = ListView(x)
                        var i = key.smallIntValue
                        if i < 0 { i &+= l.count }
                        if i >= 0 && i < l.count { l[i] = regs[Ins.c(ins)]; continue }
                    }
                }
                fallthrough
            case .getattr:
                // An instance's attribute, a method or a class value at the place the
                // site's cache entry remembers; else the slow path below.
                if op == .getattr {
                    let obj = regs[Ins.b(ins)]
                    if obj.isPointer && ObjectRef(obj).layout == LayoutID.instance,
                       let e = attributeCacheEntry(Int(pc.pointee), map: ObjectRef(obj).raw(InstanceField.map)),
                       e.pointee.version == classVersion {
                        let o = ObjectRef(obj)
                        switch e.pointee.kind {
                        case .instanceSlot:
                            let s = e.pointee.slot
                            let inline = Int(o.raw(InstanceField.inlineCount)) &- e.pointee.slotWords
                            regs[Ins.a(ins)] = s < inline ? o[InstanceField.fixedWords &+ s]
                                : ObjectRef(o[InstanceField.overflow])[ArrayField.fixedWords &+ s &- inline]
                            pc += 1
                            continue
                        case .classValue:
                            regs[Ins.a(ins)] = e.pointee.value
                            pc += 1
                            continue
                        case .member:
                            let v = o[InstanceField.fixedWords &+ Int(o.raw(InstanceField.inlineCount)) &- e.pointee.slotWords &+ e.pointee.slot]
                            if !v.isNull { regs[Ins.a(ins)] = v; pc += 1; continue }
                        case .method:
                            pc += 1
                            save(pc)
                            value = newMethod(e.pointee.value, obj) ?? .null
                            reload()
                            if !value.isNull { regs[Ins.a(ins)] = value; continue }
                            break   // MemoryError: raised below
                        case .builtinMethod:
                            pc += 1
                            save(pc)
                            value = bind(e.pointee.value, obj, o[1])
                            reload()
                            if !value.isNull { regs[Ins.a(ins)] = value; continue }
                            break   // MemoryError: raised below
                        case .empty, .store, .memberStore:
                            break
                        }
                        if e.pointee.kind == .method || e.pointee.kind == .builtinMethod { break }
                    }
                }
                fallthrough
            case .yieldValue:
                // A generator expression run by list() or tuple(): the value is appended
                // and the generator goes on, None sent in.
                if op == .yieldValue {
                    let returnTo = f.raw(FrameField.returnTo), mode = returnTo & 0xFF
                    if mode == ReturnMode.collectSet.rawValue && !f[FrameField.generator].isNull {
                        save(pc)
                        let added = setAddKey(f[FrameField.extra], regs[Ins.b(ins)])
                        reload()
                        if added == 1 { regs[Ins.a(ins)] = .none; continue }
                        // Raised (unhashable), or guest code needed: the generator stops
                        // at this yield and set() goes on in the caller.
                        let g = ObjectRef(f[FrameField.generator])
                        let s = f[FrameField.extra], v = regs[Ins.b(ins)], dst = Int(returnTo >> 8)
                        leaveGenerator(g, sendRegister: Ins.a(ins), end: Int(f.raw(FrameField.pc)))
                        enterCurrent()
                        if added == 0 { break }     // raised: unwinds from the caller
                        tailCall(prelude("_set_collect_rest"), [s, v, g.word])
                        let r = performTailCall(destination: dst)
                        enterCurrent()
                        if r == .pushedFrame { continue }
                        if !r.isNull { regs[dst] = r; continue }
                        break   // raised in the caller
                    }
                    if (mode == ReturnMode.collectList.rawValue || mode == ReturnMode.collectTuple.rawValue) && !f[FrameField.generator].isNull {
                        let list = f[FrameField.extra]
                        if !ListView(list).appendIfRoom(regs[Ins.b(ins)]) {
                            save(pc)
                            let appended = listAppend(list, regs[Ins.b(ins)])
                            reload()
                            if !appended { break }  // MemoryError: raised below
                        }
                        regs[Ins.a(ins)] = .none
                        continue
                    }
                }
                // A generator driven by a for loop yields: the value goes to the loop's
                // register and the loop's frame goes on (yieldFromFrame's common case).
                if op == .yieldValue && finalizerQueue.isEmpty {
                    let g = f[FrameField.generator], returnTo = f.raw(FrameField.returnTo)
                    if !g.isNull && returnTo & 0xFF == ReturnMode.generatorForIter.rawValue {
                        let v = regs[Ins.b(ins)]
                        save(pc)
                        leaveGenerator(ObjectRef(g), sendRegister: Ins.a(ins), end: Int(f.raw(FrameField.pc)))
                        registers(currentFrame)[Int(returnTo >> 8)] = v
                        enterCurrent()
                        continue
                    }
                }
                fallthrough
            case .listAppend:
                // A comprehension's append to its list, while the list has room.
                if op == .listAppend, ObjectRef(regs[Ins.a(ins)]).layout == LayoutID.list,
                   ListView(regs[Ins.a(ins)]).appendIfRoom(regs[Ins.b(ins)]) {
                    continue
                }
                fallthrough
            case .getSlice, .setSlice:
                // l[a:b:c] of an exact list with small-int or None bounds: the items
                // copied into a new list; l[a:b] = v for an exact list v or tuple: the
                // range replaced. Anything else: a slice object (the slow path).
                if op == .getSlice || op == .setSlice {
                    let bounds = pc.pointee
                    let x = regs[op == .getSlice ? Ins.b(ins) : Ins.a(ins)]
                    if x.isPointer && ObjectRef(x).layout == LayoutID.list && ObjectRef(x)[1] == types.list,
                       let (first, stop, step, n) = smallSlice(regs[Ins.c(ins)], regs[Int(bounds & 0xFFFF)], regs[Int((bounds >> 16) & 0xFFFF)],
                                                               length: ListView(x).count) {
                        if op == .getSlice {
                            save(pc + 1)
                            let kx = keep(x)
                            let made = newList(capacity: n)
                            let src = ListView(kept(kx))
                            release(to: kx)
                            reload()
                            guard let made else { pc += 1; break }  // MemoryError: raised below
                            let dst = ListView(made)
                            for k in 0..<n { dst[k] = src[first + k * step] }
                            dst.o.setRaw(ListField.length, UInt64(n))
                            regs[Ins.a(ins)] = made
                            pc += 1
                            continue
                        }
                        let v = regs[Ins.b(ins)]
                        if step == 1 && v.isPointer && (ObjectRef(v)[1] == types.list || ObjectRef(v)[1] == types.tuple)
                            && (ObjectRef(v).layout == LayoutID.list || ObjectRef(v).layout == LayoutID.tuple) {
                            save(pc + 1)
                            let kl = keep(x)
                            // The items first (a copy, if v is the list itself).
                            if ObjectRef(v).layout == LayoutID.list {
                                let items = ListView(v)
                                for k in 0..<items.count { keep(items[k]) }
                            } else {
                                let items = TupleView(v)
                                for k in 0..<items.count { keep(items[k]) }
                            }
                            let done = listReplaceRange(kl, first, stop, itemsAt: kl + 1, count: vsp - kl - 1)
                            release(to: kl)
                            reload()
                            pc += 1
                            if done { continue }
                            break   // MemoryError: raised below
                        }
                    }
                }
                fallthrough
            default:
                if !finalizerQueue.isEmpty && !runningFinalizers && raising.isNull {
                    // Run queued finalizers first; this instruction runs after them. (Not
                    // while an exception is on its way to a handler's landing: their code
                    // would take it over, and the landing would catch nothing.)
                    save(start)
                    if injectFinalizers() { enterCurrent(); continue }
                }
                pc = start + instructionLength(op, ins)
                save(pc)
                let outcome = slowInstruction(op, ins, start)
                if outcome == .continueHere {
                    reload()
                    pc = code + Int(f.raw(FrameField.pc))
                    continue
                }
                if outcome == .pushedFrame { enterCurrent(); continue }
                reload()
            }
            if !value.isNull {
                regs[Ins.a(ins)] = value
                continue
            }
            // No value: a guest call must be made in the instruction's place, or an
            // exception is being raised.
            if !tailCallee.isNull {
                let d = tailDiscard ? -1 : Ins.a(ins)
                let r = performTailCall(destination: d)
                if r == .pushedFrame { enterCurrent(); continue }
                reload()
                if !r.isNull {
                    if d >= 0 { regs[d] = r }
                    continue
                }
            }
            if unwind() {
                enterCurrent()
                continue
            }
            return .null
        }
    }
}

extension Word {
    /// Slow paths return these to tell the loop what happened instead of a value.
    static let pushedFrame = Word(raw: 0x0000_0000_0000_0FF4)   // a special: a frame was pushed
    static let continueHere = Word(raw: 0x0000_0000_0000_0FEC)  // done; resume at the saved pc
}
