// The time module: wall clock, monotonic and CPU clocks (clock_gettime), and sleep.

#if canImport(Glibc)
import Glibc
#endif
import WeftMemory

extension Runtime {
    func registerTime() {
        builtinModuleMakers["time"] = { rt in
            guard let mod = rt.newModule("time", file: nil) else { return nil }
            let k = rt.keep(mod)
            defer { rt.release(to: k) }
            let d = { ObjectRef(rt.kept(k))[ModuleField.dict] }
            for (name, clock) in [("time", CLOCK_REALTIME), ("perf_counter", CLOCK_MONOTONIC),
                                  ("monotonic", CLOCK_MONOTONIC), ("process_time", CLOCK_PROCESS_CPUTIME_ID)] {
                rt.define(d(), name) { rt, a in
                    guard rt.checkArgs(a, name, min: 0, max: 0) else { return .null }
                    let (s, ns) = clockNow(clock)
                    return rt.newFloat(Double(s) + Double(ns) * 1e-9) ?? .null
                }
                rt.define(d(), name + "_ns") { rt, a in
                    guard rt.checkArgs(a, name + "_ns", min: 0, max: 0) else { return .null }
                    let (s, ns) = clockNow(clock)
                    return rt.newInt(s * 1_000_000_000 + ns) ?? .null
                }
            }
            rt.define(d(), "sleep") { rt, a in
                guard rt.checkArgs(a, "sleep", min: 1, max: 1) else { return .null }
                let x = rt.arg(a, 0)
                guard rt.kindOf(x) == .int || rt.kindOf(x) == .float || rt.kindOf(x) == .bool, let secs = rt.toDouble(x) else {
                    return rt.raise(rt.types.typeError, "'\(rt.typeName(x))' object cannot be interpreted as an integer")
                }
                guard secs >= 0 else { return rt.raise(rt.types.valueError, "sleep length must be non-negative") }
                rt.stdout.flush()
                var req = timespec(tv_sec: Int(secs), tv_nsec: Int((secs - secs.rounded(.down)) * 1e9))
                var rem = timespec()
                while nanosleep(&req, &rem) != 0 && errno == EINTR { req = rem }
                return .none
            }
            return rt.kept(k)
        }
    }
}

/// Seconds and nanoseconds of `clock`.
func clockNow(_ clock: clockid_t) -> (Int, Int) {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return (ts.tv_sec, ts.tv_nsec)
}
