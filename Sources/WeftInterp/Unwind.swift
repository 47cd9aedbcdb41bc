// Raising and unwinding. An exception being raised sits in `raising`. The unwinder
// looks up the raising instruction's handler in its frame's exception table; without
// one, it pops the frame and tries the caller at its call instruction, adding a
// traceback entry per frame as CPython does (PyTraceBack_Here) — except where the
// exception was re-raised in the frame that already has its entry.

import WeftMemory

extension Runtime {
    /// Starts raising `exc` (an exception instance), chaining the exception being
    /// handled as its __context__ as CPython does. Returns null for convenience.
    @discardableResult
    func setRaising(_ exc: Word, addTraceback: Bool = true) -> Word {
        if !handled.isNull && handled != .none && handled != exc && exc.isPointer
            && ObjectRef(exc).layout == LayoutID.exception {
            let o = ObjectRef(exc)
            if o[ExceptionField.context] == .none {
                // Break cycles: no exception in the handled one's context chain may be exc.
                var c = handled
                var steps = 0
                while c.isPointer && ObjectRef(c).layout == LayoutID.exception && steps < 100_000 {
                    let next = ObjectRef(c)[ExceptionField.context]
                    if next == exc { ObjectRef(c)[ExceptionField.context] = .none; break }
                    c = next
                    steps += 1
                }
                o[ExceptionField.context] = handled
            }
        }
        raising = exc
        skipTraceback = !addTraceback
        return .null
    }

    /// Raises an instance of `cls` with a str message. Returns null.
    @discardableResult
    func raise(_ cls: Word, _ message: String) -> Word {
        let m = vsp
        let kc = keep(cls)
        defer { release(to: m) }
        guard let s = newStr(message) else { return .null }
        let ks = keep(s)
        guard let args = newTuple(fromStack: ks, count: 1) else { return .null }
        let ka = keep(args)
        guard let e = newException(kept(kc), args: kept(ka)) else { return .null }
        return setRaising(e)
    }

    /// Raises cls() (no arguments, as StopIteration from an exhausted iterator). Returns null.
    @discardableResult
    func raiseEmpty(_ cls: Word) -> Word {
        guard let e = newException(cls, args: emptyTuple) else { return .null }
        return setRaising(e)
    }

    /// An exception instance of `cls` with `args` (a tuple).
    func newException(_ cls: Word, args: Word) -> Word? {
        let ka = keep(args)
        defer { release(to: ka) }
        guard let e = newInstance(cls) else { return nil }
        ObjectRef(e)[ExceptionField.args] = kept(ka)
        return e
    }

    func raiseNameError(_ name: Word) {
        raise(types.nameError, "name '\(StrView(name).string)' is not defined")
    }

    func raiseUnbound(_ name: Word) {
        raise(types.unboundLocalError, "cannot access local variable '\(StrView(name).string)' where it is not associated with a value")
    }

    func raiseUnboundCell(_ name: Word, free: Bool) {
        if free {
            raise(types.nameError, "cannot access free variable '\(StrView(name).string)' where it is not associated with a value in enclosing scope")
        } else {
            raiseUnbound(name)
        }
    }

    /// Prepends a traceback entry for `frame` at the instruction ending at `end`.
    func addTracebackEntry(frame: Word, end: Int) {
        let exc = raising
        guard exc.isPointer, ObjectRef(exc).layout == LayoutID.exception else { return }
        let m = vsp
        let kf = keep(frame), ke = keep(exc)
        defer { release(to: m) }
        let outOfMemory = isInstance(exc, types.memoryError)
        guard let tb = allocate(LayoutID.traceback, bytes: TracebackField.fixedWords * 8, cls: types.traceback) else {
            raising = kept(ke)  // no room for the entry: report without it
            return
        }
        let e = ObjectRef(kept(ke))
        let fr = ObjectRef(kept(kf))
        let code = codes[Int(fr.raw(FrameField.code))]
        tb[TracebackField.next] = e[ExceptionField.traceback]
        // A traceback of a MemoryError does not keep frames alive: memory must come back.
        tb[TracebackField.frame] = outOfMemory ? .none : fr.word
        frameCaptures &+= 1
        tb.setRaw(TracebackField.line, UInt64(code.loc(end: end)?.line ?? 0))
        tb.setRaw(TracebackField.code, UInt64(code.id))
        tb.setRaw(TracebackField.instruction, UInt64(end))
        e[ExceptionField.traceback] = tb.word
        raising = e.word
    }

    /// Finds a handler for `raising`, popping frames as needed. true: the current frame
    /// (maybe a caller) continues at its handler; false: the exception leaves the
    /// interpreter (the frame Swift started returned with it).
    func unwind() -> Bool {
        var first = true
        while true {
            let fw = currentFrame
            let f = ObjectRef(fw)
            let end = Int(f.raw(FrameField.pc))
            if !(first && skipTraceback) { addTracebackEntry(frame: fw, end: end) }
            first = false
            let f2 = ObjectRef(currentFrame)
            let code = codes[Int(f2.raw(FrameField.code))]
            if let h = code.handler(end: end) {
                f2.setRaw(FrameField.pc, UInt64(h))
                return true
            }
            let mode = ReturnMode(rawValue: f2.raw(FrameField.returnTo) & 0xFF) ?? .normal
            if !f2[FrameField.generator].isNull && isInstance(raising, types.stopIteration) {
                // PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
                let m = vsp
                let ks = keep(raising), kf = keep(f2.word)
                let isCoro = typeOf(ObjectRef(kept(kf))[FrameField.generator]) == types.coroutine
                raise(types.runtimeError, isCoro ? "coroutine raised StopIteration" : "generator raised StopIteration")
                if raising.isPointer && ObjectRef(raising).layout == LayoutID.exception {
                    ObjectRef(raising)[ExceptionField.cause] = kept(ks)
                    ObjectRef(raising)[ExceptionField.context] = kept(ks)
                    ObjectRef(raising).setRaw(ExceptionField.suppressContext, 1)
                }
                release(to: m)
            }
            if mode == .continuationBottom || mode == .frameTop { fellOffContinuation("raised") }
            let f3 = ObjectRef(currentFrame)
            currentFrame = f3[FrameField.back]
            frameFinished(f3.word, raised: true)
            if mode == .toSwift { return false }
            if (mode == .forIterNext || mode == .generatorForIter) && isInstance(raising, types.stopIteration) {
                // A for loop's iterator is exhausted: the loop ends.
                raising = .null
                jumpToExhausted()
                return true
            }
        }
    }
}
