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
        define(weftModuleDict, "unraisable") { rt, a in
            // CPython prints "Exception ignored in: <repr>" and the traceback to stderr.
            let e = rt.arg(a, 0), obj = rt.arg(a, 1)
            let where_ = rt.reprString(rt.lookupInType(rt.typeOf(obj), rt.dunder(.del))) ?? "?"
            rt.stdout.flush()
            var out = "Exception ignored in: \(where_)\n"
            rt.formatTraceback(ObjectRef(e)[ExceptionField.traceback], &out)
            out += rt.exceptionLine(e)
            rt.stderr.write(out)
            rt.stderr.flush()
            return .none
        }
    }

    /// Pushes a frame running the queued finalizers (the current frame resumes after).
    func injectFinalizers() -> Bool {
        runningFinalizers = true
        let r = callFunction(prelude("_run_finalizers"), base: vsp, count: 0, kwnames: .null, destination: -1)
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

    var isEmpty: Bool { head == items.count }

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
