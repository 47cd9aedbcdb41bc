// Generators: a generator object owns a suspended frame. Resuming links the frame on
// top of the current one; `yield` unlinks it, saving its pc — the report's "switch is a
// pointer swap": nothing is copied, whatever the depth.

import WeftMemory

enum GeneratorState: UInt64 {
    case created = 0, suspended = 1, running = 2, finished = 3
}

extension Runtime {
    func newGenerator(_ frame: Word, code: CodeObject) -> Word? {
        let m = vsp
        let kf = keep(frame)
        defer { release(to: m) }
        let cls = code.flow.isCoroutine && !code.flow.isGenerator ? types.coroutine : types.generator
        guard let g = allocate(LayoutID.generator, bytes: GeneratorField.fixedWords * 8, cls: cls) else { return nil }
        g[GeneratorField.frame] = kept(kf)
        let names = codeNames(code)
        g[GeneratorField.name] = names.name
        g[GeneratorField.qualname] = names.qualname
        g[GeneratorField.savedException] = .none
        g[GeneratorField.yieldFrom] = .null
        g.setRaw(GeneratorField.state, GeneratorState.created.rawValue)
        ObjectRef(kept(kf))[FrameField.generator] = g.word
        // A generator collected while suspended is closed (CPython's _PyGen_Finalize),
        // which only shows when its code has a handler (try, with) to run.
        if !code.exceptionTable.isEmpty { gc.registerFinalizer(g.word) }
        return g.word
    }

    /// Resumes generator `g` with `sent` (or throws `thrown` into it). `mode` says what
    /// the resumer does with what comes out; `dst` is its register.
    func resume(_ g: Word, sent: Word, thrown: Word, mode: ReturnMode, dst: Int) -> Word {
        let go = ObjectRef(g)
        let state = GeneratorState(rawValue: go.raw(GeneratorField.state)) ?? .finished
        switch state {
        case .running:
            return raise(types.valueError, "generator already executing")
        case .finished:
            if !thrown.isNull { return setRaising(thrown) }
            if mode == .generatorForIter { return .null }  // the caller jumps to its exit
            return raiseEmpty(types.stopIteration)
        case .created:
            if !sent.isNull && sent != .none && thrown.isNull {
                return raise(types.typeError, "can't send non-None value to a just-started generator")
            }
        case .suspended:
            break
        }
        let frame = enterGenerator(go, mode: mode, dst: dst)
        let fr = ObjectRef(frame)
        if state == .suspended && !thrown.isNull {
            // The yield raises: unwinding starts in the generator's frame.
            setRaising(thrown)
            return .null
        }
        if state == .suspended {
            // The value sent becomes the result of the suspended yield; a generator
            // suspended inside `yield from` runs that instruction again.
            registers(frame)[Int(go.raw(GeneratorField.sendRegister))] = sent.isNull ? .none : sent
            if !go[GeneratorField.yieldFrom].isNull && thrown.isNull {
                fr.setRaw(FrameField.pc, fr.raw(FrameField.pc) - 1)
            }
        } else if !thrown.isNull {
            setRaising(thrown)
            return .null
        }
        return .pushedFrame
    }

    /// Makes the frame of generator `go` (created or suspended) the current one, run
    /// for a resumer that does `mode` with what comes out into its register `dst`.
    @inline(__always) func enterGenerator(_ go: ObjectRef, mode: ReturnMode, dst: Int) -> Word {
        let frame = go[GeneratorField.frame]
        let fr = ObjectRef(frame)
        fr[FrameField.back] = currentFrame
        fr.setRaw(FrameField.returnTo, mode.rawValue | UInt64(max(dst, 0)) << 8)
        go.setRaw(GeneratorField.state, GeneratorState.running.rawValue)
        // The generator's own handled exception becomes current while it runs.
        let saved = go[GeneratorField.savedException]
        go[GeneratorField.savedException] = handled
        if saved != .none { handled = saved }
        currentFrame = frame
        depth += 1
        return frame
    }

    /// The current frame, generator `go`'s, stops after `yield` (whose instruction ends
    /// at `end`; the value sent in goes to register `sendRegister`): back to the resumer.
    @inline(__always) func leaveGenerator(_ go: ObjectRef, sendRegister: Int, end: Int) {
        let frame = currentFrame
        let fr = ObjectRef(frame)
        go.setRaw(GeneratorField.sendRegister, UInt64(sendRegister))
        currentFrame = fr[FrameField.back]
        fr[FrameField.back] = .null
        depth -= 1
        clearDeadRegisters(codeID: Int(fr.raw(FrameField.code)), registers(frame), end: end)
        go.setRaw(GeneratorField.state, GeneratorState.suspended.rawValue)
        let mine = handled
        handled = go[GeneratorField.savedException]
        go[GeneratorField.savedException] = mine
    }

    /// The generator frame executes `yield value`: hand the value to the resumer. If the
    /// resumer is a generator delegating to this one (`yield from`), the value passes
    /// on through it: it suspends too, to run its yield from again when resumed.
    func yieldFromFrame(_ value: Word, dst: Int) -> Word {
        let frame = currentFrame
        let fr = ObjectRef(frame)
        let g = fr[FrameField.generator]
        guard !g.isNull else { return raise(types.runtimeError, "yield outside a generator frame") }
        let returnTo = fr.raw(FrameField.returnTo)
        let mode = ReturnMode(rawValue: returnTo & 0xFF) ?? .normal
        let rdst = Int(returnTo >> 8)
        leaveGenerator(ObjectRef(g), sendRegister: dst, end: Int(fr.raw(FrameField.pc)))
        if mode == .generatorYieldFrom {
            // Relay: the delegating frame re-runs its yield from when resumed.
            let outer = ObjectRef(currentFrame)
            ObjectRef(outer[FrameField.generator])[GeneratorField.yieldFrom] = g
            let k = keep(value)
            defer { release(to: k) }
            return yieldFromFrame(kept(k), dst: rdst)
        }
        deliver(value, mode: mode, dst: rdst)
        return .pushedFrame
    }

    /// `R[dst] := yield from inner`, one step: resume the inner generator (its yields
    /// pass through us), or take the next item of a built-in iterator and yield it.
    func yieldFromDelegate(_ inner: Word, dst: Int) -> Word {
        // A re-run after a relayed yield finds the value sent in, in R[dst].
        let g = ObjectRef(currentFrame)[FrameField.generator]
        let reentry = !g.isNull && ObjectRef(g)[GeneratorField.yieldFrom] == inner
        let sent = reentry ? regs[dst] : Word.none
        if !g.isNull { ObjectRef(g)[GeneratorField.yieldFrom] = .null }
        if kindOf(inner) == .generator {
            let go = ObjectRef(inner)
            if go.raw(GeneratorField.state) == GeneratorState.finished.rawValue {
                regs[dst] = .none
                return .continueHere
            }
            return resume(inner, sent: sent.isNull ? .none : sent, thrown: .null, mode: .generatorYieldFrom, dst: dst)
        }
        if let v = nativeNext(inner) {
            if v.isNull {
                if !raising.isNull { return .null }
                regs[dst] = .none
                return .continueHere
            }
            guard !ObjectRef(currentFrame)[FrameField.generator].isNull else { return raise(types.runtimeError, "yield from outside a generator") }
            let fr = ObjectRef(currentFrame)
            ObjectRef(fr[FrameField.generator])[GeneratorField.yieldFrom] = inner
            regs[dst] = .null
            return yieldFromFrame(v, dst: dst)
        }
        return raise(types.notImplementedError, "yield from a '\(typeName(inner))' object is not supported by Weft yet")
    }

    /// Puts a value coming out of a generator where its resumer wants it.
    func deliver(_ value: Word, mode: ReturnMode, dst: Int) {
        switch mode {
        case .discard, .toSwift: break
        default: registers(currentFrame)[dst] = value
        }
    }

    /// A generator frame returned `result`: the generator is finished.
    func generatorReturned(_ frame: Word, _ result: Word, mode: ReturnMode, destination: Int) -> Bool {
        let g = ObjectRef(frame)[FrameField.generator]
        generatorFinished(g)
        switch mode {
        case .generatorForIter:
            // The for loop's exit: the resumer's forIter left its exhausted target.
            jumpToExhausted()
            return true
        case .generatorYieldFrom:
            registers(currentFrame)[destination] = result
            return true
        case .collectList, .collectSet:
            registers(currentFrame)[destination] = ObjectRef(frame)[FrameField.extra]
            ObjectRef(frame)[FrameField.extra] = .null
            return true
        case .collectTuple:
            let k = keep(ObjectRef(frame)[FrameField.extra])
            defer { release(to: k) }
            ObjectRef(frame)[FrameField.extra] = .null
            let t = toTuple(kept(k))
            if t.isNull { return false }
            registers(currentFrame)[destination] = t
            return true
        default:
            // next() / send(): StopIteration carrying the return value.
            let m = keep(result)
            defer { release(to: m) }
            if result == .none {
                raiseEmpty(types.stopIteration)
                if raising.isPointer { ObjectRef(raising)[ExceptionField.args] = emptyTuple }
            } else {
                guard let t = newTuple(fromStack: m, count: 1) else { return false }
                guard let e = newException(types.stopIteration, args: t) else { return false }
                setRaising(e)
            }
            return false
        }
    }

    func generatorFinished(_ g: Word) {
        guard !g.isNull else { return }
        let go = ObjectRef(g)
        if go.raw(GeneratorField.state) == GeneratorState.running.rawValue { depth -= 1 }
        go.setRaw(GeneratorField.state, GeneratorState.finished.rawValue)
        let mine = handled
        handled = go[GeneratorField.savedException]
        _ = mine
        go[GeneratorField.savedException] = .none
    }

    /// The current frame's pending forIter ran out: continue at its exhausted target.
    func jumpToExhausted() {
        let fr = ObjectRef(currentFrame)
        let pc = Int(fr.raw(FrameField.pc))
        // forIter is two words; its second holds the exhausted target.
        fr.setRaw(FrameField.pc, codeTable[Int(fr.raw(FrameField.code))].code[pc - 1])
    }
}
