// The runtime's entry point: choose the collector (the only place that names them),
// start, run a script.

import WeftMemory

public enum CollectorChoice: String, CaseIterable, Sendable {
    case marksweep, semispace
}

/// Runs `path` with a fresh runtime; returns the exit status.
public func runScript(_ path: String, collector: CollectorChoice, options: RuntimeOptions) -> Int32 {
    switch collector {
    case .marksweep: return run(Runtime<MarkSweep>(options: options), path)
    case .semispace: return run(Runtime<Semispace>(options: options), path)
    }
}

private func run<GC: Collector>(_ rt: Runtime<GC>, _ path: String) -> Int32 {
    guard rt.start() else { return 1 }
    let status = rt.runMain(path: path)
    if rt.options.printStats {
        let s = rt.gc.stats
        rt.stderr.write("[\(GC.name)] collections \(s.collections), allocated \(s.bytesAllocated) bytes, "
            + "live after last \(s.liveBytesAfterLastCollection) bytes, objects freed \(s.objectsFreed), copied \(s.bytesCopied) bytes\n")
        rt.stderr.flush()
    }
    return status
}
