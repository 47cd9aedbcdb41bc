// Calls. Arguments travel on the value stack: `invoke` takes the callee, the index of
// its first argument and their count (keyword arguments last, named by `kwnames`), and
// either returns the result (built-ins), or pushes a frame and returns `pushedFrame`
// (Python functions), or returns null (exception raised, or a tail call requested).

import WeftMemory

extension Runtime {
    /// Asks the interpreter to call `callee(args)` in place of the current instruction
    /// (for natives whose last step is guest code). Returns null.
    @discardableResult
    func tailCall(_ callee: Word, _ args: [Word], kwnames: Word = .null, discard: Bool = false) -> Word {
        tailCallee = callee
        tailArgs = args
        tailKwnames = kwnames
        tailDiscard = discard
        return .null
    }

    /// Makes the requested tail call answer `not` its result (for `not in`).
    func negateTailCall() {
        tailArgs.insert(tailCallee, at: 0)
        tailCallee = prelude("_not_call")
    }

    /// Makes the tail call requested: a value, `pushedFrame`, or null (exception).
    func performTailCall(destination: Int) -> Word {
        while !tailCallee.isNull {
            let callee = tailCallee
            let args = tailArgs
            let kw = tailKwnames
            tailCallee = .null
            tailArgs = []
            tailKwnames = .null
            tailDiscard = false
            let base = vsp
            let kc = keep(callee)
            for a in args { keep(a) }
            let r = invoke(kept(kc), base: base + 1, count: args.count, kwnames: kw, destination: destination)
            release(to: base)
            if !r.isNull { return r }
        }
        return .null
    }

    /// Calls `callee` with the `count` arguments on the value stack from `base`.
    /// `destination`: the caller's register for the result (-1: discard).
    func invoke(_ callee: Word, base: Int, count: Int, kwnames: Word, destination: Int) -> Word {
        if callee.isPointer {
            switch ObjectRef(callee).layout {
            case LayoutID.function:
                return callFunction(callee, base: base, count: count, kwnames: kwnames, destination: destination)
            case LayoutID.method:
                let m = ObjectRef(callee)
                return invoke(m[MethodField.function], base: insertArgument(m[MethodField.selfObject], base: base, count: count),
                              count: count + 1, kwnames: kwnames, destination: destination)
            case LayoutID.builtin:
                let b = ObjectRef(callee)
                let id = Int(b.raw(BuiltinField.native))
                let selfObject = b[BuiltinField.selfObject]
                if !selfObject.isNull && b[1] == types.builtinFunction {
                    let nb = insertArgument(selfObject, base: base, count: count)
                    return natives[id](self, Args(base: nb, count: count + 1, kwnames: kwnames, destination: destination))
                }
                let args = Args(base: base, count: count, kwnames: kwnames, destination: destination)
                if b[1] == types.methodDescriptor && selfObject != types.object
                    && (count == 0 || typeOf(vs[base]) != selfObject)
                    && !checkDescriptorSelf(selfObject, StrView(b[BuiltinField.name]).string, args) { return .null }
                return natives[id](self, args)
            case LayoutID.type:
                return construct(callee, base: base, count: count, kwnames: kwnames, destination: destination)
            default:
                break
            }
        }
        let call = lookupInType(typeOf(callee), dunder(.call))
        guard !call.isNull else {
            return raise(types.typeError, "'\(typeName(callee))' object is not callable")
        }
        let nb = insertArgument(callee, base: base, count: count)
        return invoke(call, base: nb, count: count + 1, kwnames: kwnames, destination: destination)
    }

    /// Puts `first` before the arguments at `base` (moving them up one slot: they are
    /// at the top of the value stack); returns the new base.
    func insertArgument(_ first: Word, base: Int, count: Int) -> Int {
        var k = base + count
        if vsp < k + 1 { vsp = k + 1 }
        while k > base { vs[k] = vs[k - 1]; k -= 1 }
        vs[base] = first
        return base
    }

    /// A Python function: bind the arguments into a new frame and push it.
    func callFunction(_ fn: Word, base: Int, count: Int, kwnames: Word, destination: Int) -> Word {
        let code = codes[Int(ObjectRef(fn).raw(FunctionField.code))]
        // (`depth` does not count the module's frame; CPython's limit does.)
        if let limit = recursionLimit, depth + 1 >= limit {
            return raise(types.recursionError, "maximum recursion depth exceeded")
        }
        guard let frame = bindArguments(fn, code, base: base, count: count, kwnames: kwnames) else { return .null }
        if code.makesGenerator {
            return newGenerator(frame, code: code) ?? .null
        }
        enterFrame(frame, destination: destination)
        return .pushedFrame
    }

    /// Makes `frame` (bound, not a generator's) the current one, returning its result
    /// into the caller's register `destination` (-1: discarded).
    /// The frame of a plain call (`callee` a function of lowered code `id` taking exactly
    /// these positional arguments: `first` unless null, then the `n` registers of `regs`
    /// packed at `args`), bound but not entered; nil after a MemoryError. The arguments
    /// die with the call: they wait on the value stack while the frame is allocated (the
    /// collector clears dead registers). The caller's registers may have moved after.
    /// (A method, not a function nested in interpret(): one that captured the loop's
    /// locals kept them out of machine registers.)
    @inline(__always) func plainCallFrame(_ callee: Word, _ id: Int, first: Word, registers regs: UnsafeMutablePointer<Word>,
                                          args: UnsafeMutablePointer<UInt64>, n: Int) -> Word? {
        let base = vsp
        if !first.isNull { keep(first) }
        for k in 0..<n { keep(regs[packedRegister(args, k)]) }
        let count = vsp - base
        guard let frame = newFrame(codeID: id, function: callee) else { release(to: base); return nil }
        registers(frame).update(from: vs + base, count: count)
        release(to: base)
        copyClosureCells(frame, first: count)
        return frame
    }

    @inline(__always) func enterFrame(_ frame: Word, destination: Int) {
        let fr = ObjectRef(frame)
        fr[FrameField.back] = currentFrame
        let mode: ReturnMode = destination < 0 ? .discard : .normal
        fr.setRaw(FrameField.returnTo, mode.rawValue | UInt64(max(destination, 0)) << 8)
        currentFrame = frame
        depth += 1
    }

    /// Copies the closure cells of `frame`'s function into its registers from `first`
    /// (they follow the parameters).
    @inline(__always) func copyClosureCells(_ frame: Word, first: Int) {
        let closure = ObjectRef(ObjectRef(frame)[FrameField.function])[FunctionField.closure]
        guard closure != .none else { return }
        let regs = registers(frame), c = TupleView(closure)
        for k in 0..<c.count { regs[first + k] = c[k] }
    }

    /// CPython's argument binding (initialize_locals), with its error messages.
    func bindArguments(_ fn: Word, _ code: CodeObject, base: Int, count: Int, kwnames: Word) -> Word? {
        if count == code.plainArity && kwnames.isNull {
            // Exactly the positional parameters: copy them (and the closure's cells).
            guard let frame = newFrame(code, function: fn) else { return nil }
            let regs = registers(frame)
            regs.update(from: vs + base, count: count)
            copyClosureCells(frame, first: count)
            return frame
        }
        let flow = code.flow
        let m = vsp
        let kfn = keep(fn)
        let kkw = keep(kwnames)     // a tuple made by f(*a, **kw) is a heap object: it moves
        defer { release(to: m) }
        guard let frame = newFrame(code, function: kept(kfn)) else { return nil }
        let kfr = keep(frame)
        let nkw = kwnames.isNull ? 0 : TupleView(kept(kkw)).count
        let npos = count - nkw
        let argCount = flow.argCount
        let name = flow.qualname
        var regs = registers(kept(kfr))
        // Positional arguments.
        for k in 0..<min(npos, argCount) { regs[k] = vs[base + k] }
        var index = argCount
        if flow.hasVarargs {
            let extra = max(0, npos - argCount)
            guard let t = newTuple(fromStack: base + argCount, count: extra) else { return nil }
            regs = registers(kept(kfr))
            regs[index] = t
            index += 1
        } else if npos > argCount {
            let defaults = ObjectRef(kept(kfn))[FunctionField.defaults]
            let ndef = defaults == .none ? 0 : TupleView(defaults).count
            let kwGiven = (0..<nkw).filter { k in
                let n = TupleView(kept(kkw))[k]
                return flow.parameters.prefix(argCount + flow.kwOnlyCount + (flow.hasVarargs ? 1 : 0)).contains(StrView(n).string)
            }.count
            let takes: String
            if ndef > 0 { takes = "from \(argCount - ndef) to \(argCount) positional arguments" }
            else { takes = "\(argCount) positional argument\(argCount == 1 ? "" : "s")" }
            let given = kwGiven > 0
                ? "\(npos) positional argument\(npos == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
                : "\(npos) \(npos == 1 ? "was" : "were") given"
            _ = raise(types.typeError, "\(name)() takes \(takes) but \(given)")
            return nil
        }
        let kwOnlyStart = index
        index += flow.kwOnlyCount
        var kwdictIndex = -1
        if flow.hasVarkw {
            kwdictIndex = index
            guard let d = newDict() else { return nil }
            registers(kept(kfr))[kwdictIndex] = d
        }
        // Keyword arguments.
        var posOnlyAsKeyword: [String] = []
        for k in 0..<nkw {
            let key = TupleView(kept(kkw))[k]
            let value = vs[base + npos + k]
            var slot = -1
            // Parameter names and call-site keywords are interned strs: identity first.
            for (j, p) in code.parameterNames.enumerated() where p == key || StrView.equal(p, key) {
                if j < flow.posOnlyCount { break }
                if j < argCount || (j >= kwOnlyStart && j < kwOnlyStart + flow.kwOnlyCount) { slot = j }
                break
            }
            if slot < 0 {
                let keyString = StrView(key).string
                if kwdictIndex >= 0 {
                    let kv = keep(value)
                    let ok = dictSetStr(registers(kept(kfr))[kwdictIndex], key, kept(kv))
                    release(to: kv)
                    if !ok { return nil }
                    continue
                }
                if flow.parameters.prefix(flow.posOnlyCount).contains(keyString) {
                    posOnlyAsKeyword.append(keyString)
                    continue
                }
                _ = raise(types.typeError, "\(name)() got an unexpected keyword argument '\(keyString)'")
                return nil
            }
            regs = registers(kept(kfr))
            if !regs[slot].isNull {
                _ = raise(types.typeError, "\(name)() got multiple values for argument '\(StrView(key).string)'")
                return nil
            }
            regs[slot] = value
        }
        if !posOnlyAsKeyword.isEmpty {
            _ = raise(types.typeError, "\(name)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKeyword.joined(separator: ", "))'")
            return nil
        }
        // Defaults and missing arguments.
        regs = registers(kept(kfr))
        let defaults = ObjectRef(kept(kfn))[FunctionField.defaults]
        let ndef = defaults == .none ? 0 : TupleView(defaults).count
        var missing: [String] = []
        for j in 0..<argCount where regs[j].isNull {
            let d = j - (argCount - ndef)
            if d >= 0 { regs[j] = TupleView(defaults)[d] } else { missing.append(flow.parameters[j]) }
        }
        if !missing.isEmpty {
            _ = raise(types.typeError, "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
            return nil
        }
        let kwdefaults = ObjectRef(kept(kfn))[FunctionField.kwdefaults]
        for j in kwOnlyStart..<(kwOnlyStart + flow.kwOnlyCount) where regs[j].isNull {
            let pname = code.parameterNames[j]
            let d = kwdefaults == .none ? Word.null : dictGetStr(kwdefaults, pname)
            if !d.isNull { regs[j] = d } else { missing.append(flow.parameters[j]) }
        }
        if !missing.isEmpty {
            _ = raise(types.typeError, "\(name)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
            return nil
        }
        copyClosureCells(kept(kfr), first: flow.parameters.count)
        return kept(kfr)
    }

    /// 'a', 'a' and 'b', 'a', 'b', and 'c' — as CPython lists missing arguments.
    func listNames(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
        }
    }

    /// Pops the returning frame and delivers its result. false: an exception is now
    /// being raised in the caller (which is current).
    func returnFrom(_ frame: Word, _ result: Word) -> Bool {
        let fr = ObjectRef(frame)
        let returnTo = fr.raw(FrameField.returnTo)
        let mode = ReturnMode(rawValue: returnTo & 0xFF) ?? .normal
        let dst = Int(returnTo >> 8)
        currentFrame = fr[FrameField.back]
        depth -= 1
        if !fr[FrameField.generator].isNull {
            return generatorReturned(frame, result, mode: mode, destination: dst)
        }
        if mode == .normal || mode == .discard || mode == .initialize { frameReturned(fr) }
        switch mode {
        case .normal:
            registers(currentFrame)[dst] = result
        case .discard, .toSwift:
            break
        case .initialize:
            if result != .none {
                raise(types.typeError, "__init__() should return None, not '\(typeName(result))'")
                return false
            }
            registers(currentFrame)[dst] = fr[FrameField.extra]
        case .moduleBody:
            registers(currentFrame)[dst] = fr[FrameField.extra]
        case .continuationBottom:
            fellOffContinuation("returned")
        case .frameTop:
            guard isContinuation(result, .suspended) else { fellOffContinuation("returned something else than a frame stack top") }
            installChain(result, value: .none)
        default:
            registers(currentFrame)[dst] = result
        }
        return true
    }

    /// Called when a frame ends, by return or by exception.
    func frameFinished(_ frame: Word, raised: Bool) {
        let fr = ObjectRef(frame)
        if !fr[FrameField.generator].isNull { generatorFinished(fr[FrameField.generator]) } else if raised { depth -= 1 }
    }
}
