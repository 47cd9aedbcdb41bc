// The tasklet scheduler and channels of the `stackless` module, in Swift (module
// `_weft_sched`; Library/Stackless.swift is the Python around it). Channel send and
// receive, schedule() and every tasklet switch run here in one native call each, on the
// continuation switch (Continuations.swift): no Python frame per operation, and a
// tasklet blocked on a channel holds no frame of the channel's.
//
// Tasklets and channels stay instances of Python classes (tasklet, channel); the
// scheduler reads and writes their __slots__ through a per-class cache (`sget`/`sset`). The runnable tasklets form a ring linked through the
// tasklets' `_next`/`_prev`, the current tasklet at its head while it is runnable; the
// tasklets waiting on a channel form a ring of the same links from the channel's
// `_head` (a tasklet is runnable or blocked, never both, as in Stackless).
//
// A tasklet switched to receives its `tempval` as the result of the call that switched
// away (then None): the value sent to a blocked receiver, schedule()'s retval. A
// `bomb` there is raised instead (send_exception).
//
// Nothing here allocates on the common paths; where something must (a tasklet's first
// frame, an exception), the Words read before are read again after.

import WeftMemory

/// Attributes the scheduler uses, by index into the slot cache.
enum SchedAttr: Int, CaseIterable {
    case cont, next, prev, blocked, tempval, channel        // tasklets
    case balance, head, preference, scheduleAll, closing    // channels
    case exc                                                // bombs

    var name: String {
        switch self {
        case .cont: return "_cont"
        case .next: return "_next"
        case .prev: return "_prev"
        case .blocked: return "blocked"
        case .tempval: return "tempval"
        case .channel: return "_channel"
        case .balance: return "_balance"
        case .head: return "_head"
        case .preference: return "preference"
        case .scheduleAll: return "schedule_all"
        case .closing: return "closing"
        case .exc: return "exc"
        }
    }
}

/// The scheduler's state: roots (in `rootSlots`: current tasklet, main tasklet, ring
/// head, the tasklets inside run(), the bootstrap function, the bomb class), the
/// runnable count, and the slot caches.
final class SchedulerState {
    let root: Int
    var count = 0
    let names: [Word]
    /// Per attribute: the root map id of the class last seen (-1: none) and the distance
    /// of the attribute's word from the end of the instance's inline words.
    let cache: UnsafeMutablePointer<Int>

    init(root: Int, names: [Word]) {
        self.root = root
        self.names = names
        cache = .allocate(capacity: 2 * names.count)
        for k in 0..<names.count { cache[2 * k] = -1; cache[2 * k + 1] = 0 }
    }

    static let current = 0, main = 1, head = 2, runCalls = 3, bootstrap = 4, bomb = 5, slots = 6
}

extension Runtime {
    // MARK: attributes through the slot cache

    // The attributes are __slots__ of tasklet and channel: words at a fixed distance from
    // the end of the instance's inline words, the same for every instance of a class. The
    // cache keeps, per attribute, the class last seen (by its root map id: unique and
    // never moved, unlike the class) and that distance.

    @inline(__always) func sget(_ st: SchedulerState, _ w: Word, _ k: SchedAttr) -> Word {
        let o = ObjectRef(w)
        let i = k.rawValue
        if w.isPointer && o.layout == LayoutID.instance && Int(ObjectRef(o[1]).raw(TypeField.rootMap)) == st.cache[2 * i] {
            let v = o[InstanceField.fixedWords + Int(o.raw(InstanceField.inlineCount)) - st.cache[2 * i + 1]]
            return v.isNull ? .none : v
        }
        return sgetSlow(st, w, k)
    }

    /// The field of slot attribute k in w (caching where it is), or nil if k is not a
    /// slot of w's class.
    func slotFieldCaching(_ st: SchedulerState, _ w: Word, _ k: SchedAttr) -> Int? {
        guard w.isPointer && ObjectRef(w).layout == LayoutID.instance else { return nil }
        let o = ObjectRef(w)
        let descr = lookupInType(o[1], st.names[k.rawValue])
        guard !descr.isNull && kindOf(descr) == .member, let field = slotField(w, descr) else { return nil }
        st.cache[2 * k.rawValue] = Int(ObjectRef(o[1]).raw(TypeField.rootMap))
        st.cache[2 * k.rawValue + 1] = InstanceField.fixedWords + Int(o.raw(InstanceField.inlineCount)) - field
        return field
    }

    @inline(never) func sgetSlow(_ st: SchedulerState, _ w: Word, _ k: SchedAttr) -> Word {
        let v = slotFieldCaching(st, w, k).map { ObjectRef(w)[$0] } ?? instanceGet(w, st.names[k.rawValue])
        return v.isNull ? .none : v
    }

    /// Sets an attribute the object already has (the classes' __new__/__init__ give them
    /// all): never allocates.
    @inline(__always) func sset(_ st: SchedulerState, _ w: Word, _ k: SchedAttr, _ v: Word) {
        let o = ObjectRef(w)
        let i = k.rawValue
        if w.isPointer && o.layout == LayoutID.instance && Int(ObjectRef(o[1]).raw(TypeField.rootMap)) == st.cache[2 * i] {
            o[InstanceField.fixedWords + Int(o.raw(InstanceField.inlineCount)) - st.cache[2 * i + 1]] = v
            return
        }
        ssetSlow(st, w, k, v)
    }

    @inline(never) func ssetSlow(_ st: SchedulerState, _ w: Word, _ k: SchedAttr, _ v: Word) {
        if let field = slotFieldCaching(st, w, k) {
            ObjectRef(w)[field] = v
        } else if !instanceGet(w, st.names[k.rawValue]).isNull {
            _ = instanceSet(w, st.names[k.rawValue], v)   // the attribute exists: no allocation
        }
    }

    @inline(__always) func sroot(_ st: SchedulerState, _ k: Int) -> Word { rootSlots[st.root + k] }
    @inline(__always) func setSroot(_ st: SchedulerState, _ k: Int, _ w: Word) { rootSlots[st.root + k] = w }

    // MARK: rings (runnables; a channel's waiting tasklets)

    /// Links tasklet t before h in h's ring (t alone if h is None).
    @inline(__always) func linkBefore(_ st: SchedulerState, _ t: Word, _ h: Word) {
        if h == .none {
            sset(st, t, .next, t)
            sset(st, t, .prev, t)
        } else {
            let last = sget(st, h, .prev)
            sset(st, t, .prev, last)
            sset(st, t, .next, h)
            sset(st, last, .next, t)
            sset(st, h, .prev, t)
        }
    }

    /// Unlinks t from its ring; returns its successor, or None if t was alone.
    @inline(__always) func unlink(_ st: SchedulerState, _ t: Word) -> Word {
        let n = sget(st, t, .next)
        var r = Word.none
        if n != t {
            let p = sget(st, t, .prev)
            sset(st, p, .next, n)
            sset(st, n, .prev, p)
            r = n
        }
        sset(st, t, .next, .none)
        sset(st, t, .prev, .none)
        return r
    }

    @inline(__always) func ringAppend(_ st: SchedulerState, _ t: Word) {
        let h = sroot(st, SchedulerState.head)
        linkBefore(st, t, h)
        if h == .none { setSroot(st, SchedulerState.head, t) }
        st.count += 1
    }

    @inline(__always) func ringRemove(_ st: SchedulerState, _ t: Word) {
        let n = unlink(st, t)
        if sroot(st, SchedulerState.head) == t { setSroot(st, SchedulerState.head, n) }
        st.count -= 1
    }

    @inline(__always) func isLinked(_ st: SchedulerState, _ t: Word) -> Bool { sget(st, t, .next) != .none }

    /// The tasklet to run when the current one blocks or ends (the ring's head, else the
    /// last caller of run() waiting for the others, put back in the ring), or None.
    @inline(__always) func nextTasklet(_ st: SchedulerState) -> Word {
        let h = sroot(st, SchedulerState.head)
        if h != .none { return h }
        let l = ListView(sroot(st, SchedulerState.runCalls))
        let n = l.count
        guard n > 0 else { return .none }
        let t = l[n - 1]
        l[n - 1] = .none
        l.o.setRaw(ListField.length, UInt64(n - 1))
        ringAppend(st, t)
        return t
    }

    /// t leaves the channel it is blocked on, if any.
    func unblock(_ st: SchedulerState, _ t: Word) {
        let ch = sget(st, t, .channel)
        guard ch != .none else { return }
        let n = unlink(st, t)
        if sget(st, ch, .head) == t { sset(st, ch, .head, n) }
        let b = sget(st, t, .blocked)
        sset(st, ch, .balance, .smallInt(sget(st, ch, .balance).smallIntValue - (b.isSmallInt ? b.smallIntValue : 0)))
        sset(st, t, .blocked, .smallInt(0))
        sset(st, t, .channel, .none)
    }

    /// The first tasklet waiting on channel ch, taken off it.
    @inline(__always) func takeWaiting(_ st: SchedulerState, _ ch: Word, _ dir: Int) -> Word {
        let t = sget(st, ch, .head)
        sset(st, ch, .head, unlink(st, t))
        sset(st, ch, .balance, .smallInt(sget(st, ch, .balance).smallIntValue - dir))
        sset(st, t, .blocked, .smallInt(0))
        sset(st, t, .channel, .none)
        return t
    }

    // MARK: switching

    /// Makes tasklet t current. save: the current tasklet's chain is suspended (its
    /// pending call gets what it is switched back with, in register `destination`);
    /// otherwise it is dropped (it ended). exc (not null or None): raised in t instead.
    /// Returns `pushedFrame`, or null after raising.
    func switchTasklet(_ st: SchedulerState, to t: Word, exc: Word, save: Bool, destination: Int) -> Word {
        let cur = sroot(st, SchedulerState.current)
        let hasExc = !exc.isNull && exc != .none
        if save && t == cur {
            return hasExc ? setRaising(exc) : .none
        }
        let c = sget(st, t, .cont)
        let isNew = isContinuation(c, .new)
        guard isNew || isContinuation(c, .suspended) else {
            return raise(types.runtimeError, "cannot switch to a tasklet that is not suspended")
        }
        if save {
            guard isContinuation(sget(st, cur, .cont), .running) else {
                return raise(types.runtimeError, "the current tasklet is not running")
            }
        }
        if isNew {
            // Its chain starts with _tasklet_bootstrap(t): allocate that frame first.
            let fn = sroot(st, SchedulerState.bootstrap)
            let m = keep(t)
            guard let frame = bindArguments(fn, codes[Int(ObjectRef(fn).raw(FunctionField.code))], base: m, count: 1, kwnames: .null) else {
                release(to: m)
                return .null
            }
            let t2 = kept(m)
            release(to: m)
            if save { suspendCurrent(into: sget(st, sroot(st, SchedulerState.current), .cont), destination: destination) }
            setSroot(st, SchedulerState.current, t2)
            installBottom(sget(st, t2, .cont), frame: frame)
            return .pushedFrame
        }
        if save { suspendCurrent(into: sget(st, cur, .cont), destination: destination) }
        setSroot(st, SchedulerState.current, t)
        let v = sget(st, t, .tempval)
        sset(st, t, .tempval, .none)
        if hasExc {
            installChain(c, value: .null)
            return setRaising(exc)
        }
        if v.isPointer && typeOf(v) == sroot(st, SchedulerState.bomb) {
            installChain(c, value: .null)
            return setRaising(sget(st, v, .exc))
        }
        installChain(c, value: v)
        return .pushedFrame
    }

    /// Tasklet t, just taken off a channel, runs now; the current one stays runnable,
    /// after all the others.
    func handOver(_ st: SchedulerState, _ cur: Word, _ t: Word, destination: Int) -> Word {
        var h = sroot(st, SchedulerState.head)
        if h == cur { h = sget(st, cur, .next) }
        linkBefore(st, t, h)
        setSroot(st, SchedulerState.head, t)
        st.count += 1
        return switchTasklet(st, to: t, exc: .null, save: true, destination: destination)
    }

    /// The current tasklet waits on channel ch (dir 1: sending, -1: receiving).
    func block(_ st: SchedulerState, _ ch: Word, _ dir: Int, destination: Int) -> Word {
        let cur = sroot(st, SchedulerState.current)
        if isLinked(st, cur) { ringRemove(st, cur) }
        let t = nextTasklet(st)
        if t == .none {
            ringAppend(st, cur)
            setSroot(st, SchedulerState.head, cur)
            return raise(types.runtimeError, stacklessDeadlock)
        }
        sset(st, cur, .blocked, .smallInt(dir))
        sset(st, cur, .channel, ch)
        let h = sget(st, ch, .head)
        linkBefore(st, cur, h)
        if h == .none { sset(st, ch, .head, cur) }
        sset(st, ch, .balance, .smallInt(sget(st, ch, .balance).smallIntValue + dir))
        return switchTasklet(st, to: t, exc: .null, save: true, destination: destination)
    }

    @inline(__always) func channelArg(_ st: SchedulerState, _ a: Args) -> Word? {
        let ch = arg(a, 0)
        guard sget(st, ch, .balance).isSmallInt else {
            raise(types.typeError, "expected an initialized stackless channel, not \(typeName(ch))")
            return nil
        }
        return ch
    }

    /// A channel flag or preference as an int (True is 1; anything else not an int, 0).
    @inline(__always) func flagValue(_ w: Word) -> Int {
        w.isSmallInt ? w.smallIntValue : w == .true ? 1 : 0
    }

    // MARK: the module

    func registerScheduler() {
        builtinModuleMakers["_weft_sched"] = { rt in
            guard let mod = rt.newModule("_weft_sched", file: nil) else { return nil }
            let k = rt.keep(mod)
            defer { rt.release(to: k) }
            let d = { ObjectRef(rt.kept(k))[ModuleField.dict] }
            let root = rt.rootSlots.count
            for _ in 0..<SchedulerState.slots { rt.rootSlots.append(.none) }
            let st = SchedulerState(root: root, names: SchedAttr.allCases.map { rt.intern($0.name) })
            let ensureTasklet = { (rt: Runtime, w: Word) -> Bool in
                guard rt.sget(st, w, .blocked).isSmallInt else {
                    rt.raise(rt.types.typeError, "expected a tasklet, not \(rt.typeName(w))")
                    return false
                }
                return true
            }

            // install(channel_class, main, run_calls, bootstrap, bomb): the Python layer's
            // parts; main becomes the current (and only runnable) tasklet.
            rt.define(d(), "install") { rt, a in
                guard rt.checkArgs(a, "install", min: 5, max: 5) else { return .null }
                let bootstrap = rt.arg(a, 3)
                guard bootstrap.isPointer, ObjectRef(bootstrap).layout == LayoutID.function,
                      rt.kindOf(rt.arg(a, 2)) == .list, ensureTasklet(rt, rt.arg(a, 1)) else {
                    return rt.raise(rt.types.typeError, "install(channel, main, run_calls, bootstrap, bomb)")
                }
                rt.setSroot(st, SchedulerState.main, rt.arg(a, 1))
                rt.setSroot(st, SchedulerState.current, rt.arg(a, 1))
                rt.setSroot(st, SchedulerState.runCalls, rt.arg(a, 2))
                rt.setSroot(st, SchedulerState.bootstrap, bootstrap)
                rt.setSroot(st, SchedulerState.bomb, rt.arg(a, 4))
                rt.ringAppend(st, rt.arg(a, 1))
                // (the channel class moves when defineMethod allocates: read it afresh each time)
                rt.defineMethod(rt.arg(a, 0), "send") { rt, a in
                    guard rt.checkArgs(a, "send", min: 2, max: 2), let ch = rt.channelArg(st, a) else { return .null }
                    let value = rt.arg(a, 1)
                    let cur = rt.sroot(st, SchedulerState.current)
                    if rt.sget(st, ch, .balance).smallIntValue < 0 {
                        let t = rt.takeWaiting(st, ch, -1)
                        rt.sset(st, t, .tempval, value)
                        if rt.flagValue(rt.sget(st, ch, .preference)) < 0 || rt.flagValue(rt.sget(st, ch, .scheduleAll)) != 0 {
                            // the receiver runs now, the sender after the others
                            rt.sset(st, cur, .tempval, .none)
                            return rt.handOver(st, cur, t, destination: a.destination)
                        }
                        rt.ringAppend(st, t)
                        return .none
                    }
                    if rt.flagValue(rt.sget(st, ch, .closing)) != 0 {
                        return rt.raise(rt.types.valueError, "Send/receive operation on a closed channel")
                    }
                    rt.sset(st, cur, .tempval, value)
                    return rt.block(st, ch, 1, destination: a.destination)
                }
                rt.defineMethod(rt.arg(a, 0), "receive") { rt, a in
                    guard rt.checkArgs(a, "receive", min: 1, max: 1), let ch = rt.channelArg(st, a) else { return .null }
                    let cur = rt.sroot(st, SchedulerState.current)
                    if rt.sget(st, ch, .balance).smallIntValue > 0 {
                        let t = rt.takeWaiting(st, ch, 1)
                        let value = rt.sget(st, t, .tempval)
                        rt.sset(st, t, .tempval, .none)
                        if rt.flagValue(rt.sget(st, ch, .preference)) > 0 || rt.flagValue(rt.sget(st, ch, .scheduleAll)) != 0 {
                            // the sender runs now; this tasklet gets the value when back
                            rt.sset(st, cur, .tempval, value)
                            return rt.handOver(st, cur, t, destination: a.destination)
                        }
                        rt.ringAppend(st, t)
                        if value.isPointer && rt.typeOf(value) == rt.sroot(st, SchedulerState.bomb) {
                            return rt.setRaising(rt.sget(st, value, .exc))
                        }
                        return value
                    }
                    if rt.flagValue(rt.sget(st, ch, .closing)) != 0 {
                        return rt.raise(rt.types.valueError, "Send/receive operation on a closed channel")
                    }
                    return rt.block(st, ch, -1, destination: a.destination)
                }
                rt.classVersion &+= 1
                return .none
            }
            rt.define(d(), "getcurrent") { rt, a in rt.sroot(st, SchedulerState.current) }
            rt.define(d(), "getmain") { rt, a in rt.sroot(st, SchedulerState.main) }
            rt.define(d(), "getruncount") { rt, a in .smallInt(st.count) }
            // schedule(retval=None): the current tasklet goes to the end of the runnables
            // and the next one runs; returns retval (default: the current tasklet).
            rt.define(d(), "schedule") { rt, a in
                guard rt.checkArgs(a, "schedule", min: 0, max: 1) else { return .null }
                let cur = rt.sroot(st, SchedulerState.current)
                var retval = a.count > 0 ? rt.arg(a, 0) : .none
                if retval == .none { retval = cur }
                if rt.sroot(st, SchedulerState.head) == cur { rt.setSroot(st, SchedulerState.head, rt.sget(st, cur, .next)) }
                let t = rt.nextTasklet(st)
                if t == .none || t == cur { return retval }
                rt.sset(st, cur, .tempval, retval)
                return rt.switchTasklet(st, to: t, exc: .null, save: true, destination: a.destination)
            }
            // switch_to(t, exc=None): t runs now (exc raised in it); the current tasklet's
            // pending call gets its tempval when it is switched back to.
            rt.define(d(), "switch_to") { rt, a in
                guard rt.checkArgs(a, "switch_to", min: 1, max: 2), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                return rt.switchTasklet(st, to: rt.arg(a, 0), exc: a.count > 1 ? rt.arg(a, 1) : .null, save: true, destination: a.destination)
            }
            // end_in(t, exc): the current tasklet has ended (its continuation finished);
            // t runs now, exc raised in it.
            rt.define(d(), "end_in") { rt, a in
                guard rt.checkArgs(a, "end_in", min: 2, max: 2), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                guard rt.isContinuation(rt.sget(st, rt.sroot(st, SchedulerState.current), .cont), .dead) else {
                    return rt.raise(rt.types.runtimeError, "end_in() needs the current tasklet finished")
                }
                return rt.switchTasklet(st, to: rt.arg(a, 0), exc: rt.arg(a, 1), save: false, destination: -1)
            }
            rt.define(d(), "next_tasklet") { rt, a in rt.nextTasklet(st) }
            rt.define(d(), "ring_append") { rt, a in
                guard rt.checkArgs(a, "ring_append", min: 1, max: 1), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                let t = rt.arg(a, 0)
                guard rt.sget(st, t, .channel) == .none else { return rt.raise(rt.types.runtimeError, "You cannot run a blocked tasklet") }
                if !rt.isLinked(st, t) { rt.ringAppend(st, t) }
                return .none
            }
            // ring_head(t): t (appended if not runnable) becomes the ring's head.
            rt.define(d(), "ring_head") { rt, a in
                guard rt.checkArgs(a, "ring_head", min: 1, max: 1), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                let t = rt.arg(a, 0)
                guard rt.sget(st, t, .channel) == .none else { return rt.raise(rt.types.runtimeError, "You cannot run a blocked tasklet") }
                if !rt.isLinked(st, t) { rt.ringAppend(st, t) }
                rt.setSroot(st, SchedulerState.head, t)
                return .none
            }
            rt.define(d(), "ring_discard") { rt, a in
                guard rt.checkArgs(a, "ring_discard", min: 1, max: 1), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                let t = rt.arg(a, 0)
                if rt.isLinked(st, t) && rt.sget(st, t, .channel) == .none { rt.ringRemove(st, t) }
                return .none
            }
            rt.define(d(), "unblock") { rt, a in
                guard rt.checkArgs(a, "unblock", min: 1, max: 1), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                rt.unblock(st, rt.arg(a, 0))
                return .none
            }
            rt.define(d(), "runnable") { rt, a in
                guard rt.checkArgs(a, "runnable", min: 1, max: 1), ensureTasklet(rt, rt.arg(a, 0)) else { return .null }
                return .bool(rt.isLinked(st, rt.arg(a, 0)) && rt.sget(st, rt.arg(a, 0), .channel) == .none)
            }
            return rt.kept(k)
        }
    }
}

let stacklessDeadlock = "Deadlock: the last runnable tasklet cannot be blocked."
