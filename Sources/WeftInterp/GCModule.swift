// The gc module, and finalizers: objects with __del__ that the collector found
// unreachable are queued (kept alive meanwhile); the interpreter runs their __del__ at
// the next instruction boundary, through the prelude's _run_finalizers — each at most
// once; what they resurrect survives.

import WeftMemory

extension Runtime {
    func registerGC() {
        builtinModuleMakers["gc"] = { rt in
            guard let mod = rt.newModule("gc", file: nil) else { return nil }
            let k = rt.keep(mod)
            defer { rt.release(to: k) }
            let d = { ObjectRef(rt.kept(k))[ModuleField.dict] }
            rt.define(d(), "collect") { rt, a in
                guard rt.gcCollectGeneration(a) else { return .null }
                let before = rt.gc.stats.objectsFreed
                rt.gc.collect()
                rt.takeFinalizers()
                let freed = rt.gc.stats.objectsFreed - before
                if !rt.finalizerQueue.isEmpty && !rt.runningFinalizers {
                    return rt.tailCall(rt.prelude("_run_finalizers_then"), [rt.newInt(freed) ?? .smallInt(0)])
                }
                return rt.newInt(freed) ?? .null
            }
            rt.define(d(), "enable") { rt, a in rt.gcEnabled = true; return .none }
            rt.define(d(), "disable") { rt, a in rt.gcEnabled = false; return .none }
            rt.define(d(), "isenabled") { rt, a in .bool(rt.gcEnabled) }
            rt.define(d(), "get_count") { rt, a in rt.newTuple([.smallInt(0), .smallInt(0), .smallInt(0)]) ?? .null }
            rt.define(d(), "get_threshold") { rt, a in rt.newTuple([.smallInt(700), .smallInt(10), .smallInt(10)]) ?? .null }
            rt.define(d(), "set_threshold") { rt, a in .none }
            return rt.kept(k)
        }
        define(weftModuleDict, "next_finalizer") { rt, a in
            guard !rt.finalizerQueue.isEmpty else { rt.runningFinalizers = false; return rt.missing }
            rt.runningFinalizers = true
            return rt.finalizerQueue.popFirst()
        }
        define(weftModuleDict, "finalize") { rt, a in
            // An object the collector queued: a generator is closed, an instance's
            // __del__ is called (if its class still has one).
            let obj = rt.arg(a, 0)
            if rt.kindOf(obj) == .generator {
                return rt.tailCall(rt.lookupInType(rt.typeOf(obj), rt.intern("close")), [obj])
            }
            let del = rt.lookupInType(rt.typeOf(obj), rt.dunder(.del))
            return del.isNull ? .none : rt.tailCall(del, [obj])
        }
        define(weftModuleDict, "unraisable") { rt, a in
            // CPython prints "Exception ignored in: <repr>" and the traceback to stderr:
            // the repr of the __del__ method, or of the generator closed.
            let e = rt.arg(a, 0), obj = rt.arg(a, 1)
            let del = rt.lookupInType(rt.typeOf(obj), rt.dunder(.del))
            let where_ = rt.reprString(del.isNull ? obj : del) ?? "?"
            rt.stdout.flush()
            var out = "Exception ignored in: \(where_)\n"
            rt.formatTraceback(ObjectRef(e)[ExceptionField.traceback], &out)
            out += rt.exceptionLine(e)
            rt.stderr.write(out)
            rt.stderr.flush()
            return .none
        }
    }

    /// Checks gc.collect's argument, `generation=2` (Argument Clinic, a C int in 0...2).
    /// Every generation collects the whole heap: Weft's collectors are not generational.
    func gcCollectGeneration(_ a: Args) -> Bool {
        if a.count > 1 {
            raise(types.typeError, "collect() takes at most 1 argument (\(a.count) given)")
            return false
        }
        guard a.count == 1 else { return true }
        if !a.kwnames.isNull {
            let name = StrView(TupleView(a.kwnames)[0]).string
            guard name == "generation" else {
                raise(types.typeError, "'\(name)' is an invalid keyword argument for collect()")
                return false
            }
        }
        let w = arg(a, 0)
        guard isIntLike(w) else {
            raise(types.typeError, "'\(typeName(w))' object cannot be interpreted as an integer")
            return false
        }
        guard let g = intValue(w), Int32(exactly: g) != nil else {
            raise(types.overflowError, "Python int too large to convert to C int")
            return false
        }
        if g < 0 || g > 2 {
            raise(types.valueError, "invalid generation")
            return false
        }
        return true
    }

    /// At exit, as CPython's finalization does for what is still alive: every object
    /// still registered runs its finalizer (__del__; generators are closed), with the
    /// globals still bound. Objects registered meanwhile are not finalized.
    func finalizeAtExit() {
        raising = .null
        handled = .none
        gc.queueAllFinalizers()
        takeFinalizers()
        guard !finalizerQueue.isEmpty else { return }
        let fn = prelude("_run_finalizers")
        guard let frame = newFrame(codes[Int(ObjectRef(fn).raw(FunctionField.code))], function: fn) else { return }
        runningFinalizers = true
        _ = runFrame(frame)
        runningFinalizers = false
        raising = .null
    }

    /// Pushes a frame running the queued finalizers (the current frame resumes after).
    func injectFinalizers() -> Bool {
        runningFinalizers = true
        let fn = prelude("_run_finalizers")
        finalizersCode = Int(ObjectRef(fn).raw(FunctionField.code))
        injectingFinalizers = true
        let r = callFunction(fn, base: vsp, count: 0, kwnames: .null, destination: -1)
        injectingFinalizers = false
        if r != .pushedFrame { runningFinalizers = false; raising = .null; return false }
        return true
    }

    /// Moves what the collector queued into the finalizer queue.
    func takeFinalizers() {
        let f = gc.takePendingFinalizers()
        if !f.isEmpty { finalizerQueue.append(contentsOf: f) }
    }
}

/// A first-in first-out queue of words whose slots the collector can update.
struct WordQueue {
    private var items: [Word] = []
    private var head = 0

    @inline(__always) var isEmpty: Bool { head == items.count }

    mutating func append(contentsOf words: [Word]) { items.append(contentsOf: words) }

    mutating func popFirst() -> Word {
        let w = items[head]
        head += 1
        if head == items.count { items.removeAll(keepingCapacity: true); head = 0 }
        return w
    }

    mutating func forEachSlot(_ visit: (UnsafeMutablePointer<Word>) -> Void) {
        var k = head
        while k < items.count { withUnsafeMutablePointer(to: &items[k]) { visit($0) }; k += 1 }
    }
}
