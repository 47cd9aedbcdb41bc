// Continuations: the one native switching primitive under the `greenlet` and `stackless`
// modules (Library/Greenlet.swift, Library/Stackless.swift). A continuation holds a
// suspended chain of heap frames: its top frame (the one that asked to switch, stopped
// after its call instruction) and the register that receives the value switched in.
// The chain's bottom frame has a null `back` and the return mode `continuationBottom`.
//
// Switching saves `currentFrame` (and the per-chain state: handled exception, call
// depth) into the continuation the caller names, and installs the target's: O(1),
// nothing copied, whatever the depth. It happens inside a call instruction, between
// instructions, so the interpreter loop pays nothing for it: the native returns
// `pushedFrame` and the loop enters the new current frame, as after a call or return.
//
// Suspended chains are ordinary heap objects reachable from their continuation: both
// collectors trace and move them; a chain nothing refers to is freed (what to do with
// unreferenced suspended greenlets is the Python layer's business: a __del__).
//
// The Python layers keep their own notion of "current" (composable views, §3.3.6 of the
// report): each switch names where to save the running chain. Every primitive checks its
// arguments and raises on misuse; the one thing a chain must not do is fall off its
// bottom, which the layers' bootstrap functions never let happen.

#if canImport(Glibc)
import Glibc
#endif
import WeftMemory

enum ContinuationState: UInt64 {
    case new = 0, suspended = 1, running = 2, dead = 3
}

extension Runtime {
    func registerContinuations() {
        builtinModuleMakers["_weft_switch"] = { rt in
            guard let mod = rt.newModule("_weft_switch", file: nil) else { return nil }
            let k = rt.keep(mod)
            defer { rt.release(to: k) }
            let d = { ObjectRef(rt.kept(k))[ModuleField.dict] }
            // new(owner, running=False): a continuation; running=True stands for the chain
            // running now (a view's initial "current").
            rt.define(d(), "new") { rt, a in
                guard rt.checkArgs(a, "new", min: 1, max: 2) else { return .null }
                let running = a.count > 1 && rt.arg(a, 1) == .true
                guard let c = rt.allocate(LayoutID.continuation, bytes: ContinuationField.fixedWords * 8, cls: rt.types.continuation) else { return .null }
                c[ContinuationField.frame] = .null
                c[ContinuationField.handled] = .none
                c[ContinuationField.owner] = rt.arg(a, 0)
                c[ContinuationField.bottom] = .null
                c.setRaw(ContinuationField.state, (running ? ContinuationState.running : .new).rawValue)
                c.setRaw(ContinuationField.destination, 0)
                c.setRaw(ContinuationField.depth, 0)
                return c.word
            }
            rt.define(d(), "owner") { rt, a in
                guard rt.checkArgs(a, "owner", min: 1, max: 1), let c = rt.continuationArg(a, 0) else { return .null }
                return c[ContinuationField.owner]
            }
            rt.define(d(), "state") { rt, a in
                guard rt.checkArgs(a, "state", min: 1, max: 1), let c = rt.continuationArg(a, 0) else { return .null }
                return .smallInt(Int(c.raw(ContinuationField.state)))
            }
            // The top frame of a suspended chain, or None.
            rt.define(d(), "frame") { rt, a in
                guard rt.checkArgs(a, "frame", min: 1, max: 1), let c = rt.continuationArg(a, 0) else { return .null }
                let f = c[ContinuationField.frame]
                return f.isNull ? .none : f
            }
            // switch(save, target, value): suspend the running chain into `save` (None:
            // drop it, its owner is finished), resume `target`, whose pending switch
            // returns `value`. Returns, when something switches back to `save`, what that
            // switch passes.
            rt.define(d(), "switch") { rt, a in
                guard rt.checkArgs(a, "switch", min: 3, max: 3), rt.saveArg(a),
                      rt.continuationArg(a, 1, .suspended) != nil else { return .null }
                rt.suspendCurrent(into: rt.arg(a, 0), destination: a.destination)
                rt.installChain(rt.arg(a, 1), value: rt.arg(a, 2))
                return .pushedFrame
            }
            // throw(save, target, exc): as switch, but the target's pending switch raises exc.
            rt.define(d(), "throw") { rt, a in
                guard rt.checkArgs(a, "throw", min: 3, max: 3), rt.saveArg(a),
                      rt.continuationArg(a, 1, .suspended) != nil else { return .null }
                guard rt.kindOf(rt.arg(a, 2)) == .exception else {
                    return rt.raise(rt.types.typeError, "exceptions must derive from BaseException")
                }
                rt.suspendCurrent(into: rt.arg(a, 0), destination: a.destination)
                rt.installChain(rt.arg(a, 1), value: .null)
                return rt.setRaising(rt.arg(a, 2))
            }
            // start(save, target, function, arg): as switch, but `target` is new: its chain
            // starts with function(arg), a Python function that must never return or
            // raise (it is the chain's bottom frame): it ends by switching with save=None.
            rt.define(d(), "start") { rt, a in
                guard rt.checkArgs(a, "start", min: 4, max: 4), rt.saveArg(a),
                      rt.continuationArg(a, 1, .new) != nil else { return .null }
                let fn = rt.arg(a, 2)
                guard fn.isPointer, ObjectRef(fn).layout == LayoutID.function else {
                    return rt.raise(rt.types.typeError, "start() needs a Python function")
                }
                let code = rt.codes[Int(ObjectRef(fn).raw(FunctionField.code))]
                guard !code.flow.isGenerator && !code.flow.isCoroutine else {
                    return rt.raise(rt.types.typeError, "start() needs a plain function")
                }
                guard let frame = rt.bindArguments(fn, code, base: a.base + 3, count: 1, kwnames: .null) else { return .null }
                let m = rt.keep(frame)
                rt.suspendCurrent(into: rt.arg(a, 0), destination: a.destination)
                let fr = rt.kept(m)
                rt.release(to: m)
                rt.installBottom(rt.arg(a, 1), frame: fr)
                return .pushedFrame
            }
            // finish(c): the running chain's owner is finished; its last act is a switch
            // with save=None.
            rt.define(d(), "finish") { rt, a in
                guard rt.checkArgs(a, "finish", min: 1, max: 1), let c = rt.continuationArg(a, 0, .running) else { return .null }
                c.setRaw(ContinuationField.state, ContinuationState.dead.rawValue)
                c[ContinuationField.bottom] = .null
                return .none
            }
            // install_switch(cls, holder, slow): gives the greenlet class a native
            // `switch` for the common case — a suspended, live target, positional
            // arguments only — that does in one native call what greenlet.switch does in
            // Python: update the view's current (holder[0]) and switch. Anything else is
            // slow(self, *args, **kwargs), in Python.
            rt.define(d(), "install_switch") { rt, a in
                guard rt.checkArgs(a, "install_switch", min: 3, max: 3) else { return .null }
                let holderSlot = rt.rootSlots.count
                rt.rootSlots.append(rt.arg(a, 1))
                let slowSlot = rt.rootSlots.count
                rt.rootSlots.append(rt.arg(a, 2))
                let contName = rt.intern("_greenlet_cont"), deadName = rt.intern("_greenlet_dead")
                rt.defineMethod(rt.arg(a, 0), "switch") { rt, a in
                    let me = rt.arg(a, 0)
                    let holder = rt.rootSlots[holderSlot]
                    if a.kwnames.isNull && a.count <= 2 && rt.kindOf(holder) == .list && ListView(holder).count == 1 {
                        let cur = ListView(holder)[0]
                        let c = rt.instanceGet(me, contName), cc = rt.instanceGet(cur, contName)
                        if me != cur && rt.isContinuation(c, .suspended) && rt.isContinuation(cc, .running)
                            && rt.instanceGet(me, deadName) == .false {
                            ListView(holder)[0] = me
                            rt.suspendCurrent(into: cc, destination: a.destination)
                            rt.installChain(c, value: a.count == 2 ? rt.arg(a, 1) : rt.emptyTuple)
                            return .pushedFrame
                        }
                    }
                    return rt.tailCall(rt.rootSlots[slowSlot], (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
                }
                rt.classVersion &+= 1
                return .none
            }
            // The report's frame primitives (§3.2.3) at application level.
            // yield_current_frame_to_caller(): the calling function's frame becomes a
            // chain of its own, suspended here; its caller goes on, receiving that
            // chain (a continuation: a "frame stack top") as the call's result.
            rt.define(d(), "yield_current_frame_to_caller") { rt, a in
                let f = rt.currentFrame
                let fr = ObjectRef(f)
                let mode = ReturnMode(rawValue: fr.raw(FrameField.returnTo) & 0xFF) ?? .normal
                guard mode == .normal || mode == .discard, fr[FrameField.generator].isNull, fr[FrameField.back].isPointer else {
                    return rt.raise(rt.types.runtimeError, "yield_current_frame_to_caller() must be called by a plain function called by Python code")
                }
                guard let k = rt.allocate(LayoutID.continuation, bytes: ContinuationField.fixedWords * 8, cls: rt.types.continuation) else { return .null }
                let frame = rt.currentFrame, top = ObjectRef(frame)
                k[ContinuationField.owner] = .none
                k[ContinuationField.handled] = .none
                k[ContinuationField.frame] = frame
                k[ContinuationField.bottom] = frame
                rt.frameCaptures &+= 1
                k.setRaw(ContinuationField.state, ContinuationState.suspended.rawValue)
                k.setRaw(ContinuationField.destination, UInt64(a.destination + 1))
                k.setRaw(ContinuationField.depth, 1)
                let caller = top[FrameField.back]
                let dst = Int(top.raw(FrameField.returnTo) >> 8)
                top[FrameField.back] = .null
                top.setRaw(FrameField.returnTo, ReturnMode.frameTop.rawValue)
                rt.currentFrame = caller
                rt.depth -= 1
                if mode == .normal { rt.registers(caller)[dst] = k.word }
                return .pushedFrame
            }
            rt.defineMethod(rt.types.continuation, "switch") { rt, a in
                guard rt.checkArgs(a, "switch", min: 1, max: 1), rt.continuationArg(a, 0, .suspended) != nil else { return .null }
                guard let s = rt.allocate(LayoutID.continuation, bytes: ContinuationField.fixedWords * 8, cls: rt.types.continuation) else { return .null }
                s[ContinuationField.owner] = .none
                s[ContinuationField.bottom] = .null
                rt.suspendCurrent(into: s.word, destination: a.destination)
                rt.installChain(rt.arg(a, 0), value: s.word)
                return .pushedFrame
            }
            // The number of frames in the running chain (walks it: for tests).
            rt.define(d(), "stack_frames_depth") { rt, a in
                var n = 0
                var f = rt.currentFrame
                while f.isPointer { n += 1; f = ObjectRef(f)[FrameField.back] }
                return .smallInt(n)
            }
            // Nothing to unwind: Weft's stack is always in the heap.
            rt.define(d(), "stack_unwind") { rt, a in .none }
            // The depth of the running chain (frames above its bottom, the bottom included).
            rt.define(d(), "depth") { rt, a in .smallInt(rt.depth) }
            return rt.kept(k)
        }
    }

    /// Argument `i` as a continuation (in state `state` if given), or nil with TypeError
    /// or ValueError raised.
    func continuationArg(_ a: Args, _ i: Int, _ state: ContinuationState? = nil) -> ObjectRef? {
        let w = arg(a, i)
        guard w.isPointer, ObjectRef(w).layout == LayoutID.continuation else {
            raise(types.typeError, "expected a continuation, not \(typeName(w))")
            return nil
        }
        let c = ObjectRef(w)
        if let s = state, c.raw(ContinuationField.state) != s.rawValue {
            let names = ["not started", "suspended", "running", "finished"]
            let have = Int(c.raw(ContinuationField.state))
            raise(types.valueError, "continuation is \(names[min(have, 3)]), not \(names[Int(s.rawValue)])")
            return nil
        }
        return c
    }

    func isContinuation(_ w: Word, _ state: ContinuationState) -> Bool {
        w.isPointer && ObjectRef(w).layout == LayoutID.continuation && ObjectRef(w).raw(ContinuationField.state) == state.rawValue
    }

    /// Argument 0 of a switch: a running continuation, or None.
    func saveArg(_ a: Args) -> Bool {
        arg(a, 0) == .none || continuationArg(a, 0, .running) != nil
    }

    /// Saves the running chain into continuation `c` (None: drop it); its top frame will receive the
    /// value switched in at register `destination` (-1: none).
    func suspendCurrent(into c: Word, destination: Int) {
        guard c != .none else { return }
        let co = ObjectRef(c)
        let top = currentFrame
        let fr = ObjectRef(top)
        clearDeadRegisters(codeID: Int(fr.raw(FrameField.code)), registers(top), end: Int(fr.raw(FrameField.pc)))
        // The bottom frame too (O(1)): in a suspended tasklet or greenlet it is the
        // bootstrap, whose dead registers would keep the arguments of its call alive.
        let bottom = co[ContinuationField.bottom]
        if bottom.isPointer && bottom != top {
            let b = ObjectRef(bottom)
            clearDeadRegisters(codeID: Int(b.raw(FrameField.code)), registers(bottom), end: Int(b.raw(FrameField.pc)))
        }
        co[ContinuationField.frame] = top
        frameCaptures &+= 1
        co[ContinuationField.handled] = handled
        co.setRaw(ContinuationField.destination, UInt64(destination + 1))
        co.setRaw(ContinuationField.depth, UInt64(depth))
        co.setRaw(ContinuationField.state, ContinuationState.suspended.rawValue)
    }

    /// Makes suspended continuation `c` the running chain; its pending switch gets
    /// `value` (null: nothing, an exception follows).
    func installChain(_ c: Word, value: Word) {
        let co = ObjectRef(c)
        let top = co[ContinuationField.frame]
        currentFrame = top
        handled = co[ContinuationField.handled]
        depth = Int(co.raw(ContinuationField.depth))
        let dst = Int(co.raw(ContinuationField.destination)) - 1
        co[ContinuationField.frame] = .null
        co[ContinuationField.handled] = .none
        co.setRaw(ContinuationField.state, ContinuationState.running.rawValue)
        if dst >= 0 && !value.isNull { registers(top)[dst] = value }
    }

    /// Makes `frame` (new, its arguments bound) the bottom and only frame of new
    /// continuation `c`, and the running chain.
    func installBottom(_ c: Word, frame: Word) {
        let fr = ObjectRef(frame)
        fr[FrameField.back] = .null
        fr.setRaw(FrameField.returnTo, ReturnMode.continuationBottom.rawValue)
        ObjectRef(c).setRaw(ContinuationField.state, ContinuationState.running.rawValue)
        ObjectRef(c)[ContinuationField.bottom] = frame
        frameCaptures &+= 1
        currentFrame = frame
        handled = .none
        depth = 1
    }

    /// A chain's bottom frame returned or raised: the layer above has a bug. There is no
    /// frame to go on in; stop cleanly rather than crash.
    func fellOffContinuation(_ what: String) -> Never {
        stdout.flush()
        stderr.write("Fatal Python error: a switchable frame chain \(what) past its bottom frame\n")
        stderr.flush()
        exit(1)
    }
}
