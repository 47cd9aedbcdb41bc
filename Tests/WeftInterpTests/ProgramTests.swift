// The differential program suite: runs every tests/programs/NAME.py with the built `weft`
// binary and compares its stdout, stderr and exit status with what CPython 3.11 printed
// (tests/record wrote them to tests/programs/expected/). The rules (directives, the <dir>
// placeholder, known failures) are the ones tests/programlib.py states; keep both in step.
//
// Each program runs as a subprocess — a crash, a hang or exit() in one program cannot take
// the test process down — with tests/programs as the current directory, as `weft run
// [--gc=...] [options] NAME.py ARGS`. Programs listed in tests/known-failures.txt still run:
// their failure is counted and reported, and a listed program that passes fails the test,
// so that the list only shrinks.
//
// Environment:
//   WEFT_PROGRAMS=a,b     run only these programs
//   WEFT_TORTURE=1        also run the programs of tests/torture.txt with --gc-torture, for
//                         both collectors; WEFT_TORTURE=all runs every program that way
//   WEFT_BIN=path         the weft binary (default: next to this test bundle)
//   WEFT_PROGRAM_TIMEOUT  seconds per program (default 120; torture 600)

import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

enum ProgramSuite {
    /// tests/ of this checkout, found from this file's path, with symbolic links resolved
    /// (CPython prints the real path in tracebacks).
    static let testsDir: URL = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("tests").resolvingSymlinksInPath()
    }()
    static let programsDir = testsDir.appendingPathComponent("programs")
    static let expectedDir = programsDir.appendingPathComponent("expected")

    struct Program: Sendable {
        let name: String
        var args: [String] = []
        var weftOptions: [String] = []
        var handWritten = false
        var firstLine = ""
    }

    static func load(_ name: String) -> Program {
        var p = Program(name: name)
        let text = (try? String(contentsOf: programsDir.appendingPathComponent(name + ".py"), encoding: .utf8)) ?? ""
        let head = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(20)
        p.firstLine = head.first.map(String.init) ?? ""
        for raw in head {
            let line = raw.trimmingCharacters(in: .whitespaces)
            func rest(_ prefix: String) -> [String] {
                line.dropFirst(prefix.count).split(separator: " ").map(String.init)
            }
            if line.hasPrefix("# args:") {
                p.args = rest("# args:")
            } else if line.hasPrefix("# weft-options:") {
                p.weftOptions = rest("# weft-options:")
                p.handWritten = true
            } else if line.hasPrefix("# expected-output:") && line.contains("hand-written") {
                p.handWritten = true
            }
        }
        return p
    }

    /// Every program (helper modules mod_*.py excluded), sorted, filtered by WEFT_PROGRAMS.
    static func programs() -> [Program] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: programsDir.path)) ?? []
        var names = files.filter { $0.hasSuffix(".py") && !$0.hasPrefix("mod_") }.map { String($0.dropLast(3)) }.sorted()
        if let only = ProcessInfo.processInfo.environment["WEFT_PROGRAMS"], !only.isEmpty {
            let wanted = Set(only.split(separator: ",").map { String($0.trimmingCharacters(in: .whitespaces)).replacingOccurrences(of: ".py", with: "") })
            names = names.filter { wanted.contains($0) }
        }
        return names.map(load)
    }

    /// Non-comment lines of a list file in tests/.
    static func listLines(_ file: String) -> [String] {
        let text = (try? String(contentsOf: testsDir.appendingPathComponent(file), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    struct KnownFailure {
        let modes: Set<String>?   // nil: every mode
        let reason: String
    }

    /// tests/known-failures.txt: `name: reason` or `name [mode,mode]: reason`.
    static let knownFailures: [String: [KnownFailure]] = {
        var known: [String: [KnownFailure]] = [:]
        for line in listLines("known-failures.txt") {
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            var head = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let reason = colon < line.endIndex ? String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces) : ""
            var modes: Set<String>? = nil
            if let open = head.firstIndex(of: "[") {
                let inside = head[head.index(after: open)...].replacingOccurrences(of: "]", with: "")
                modes = Set(inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                head = String(head[..<open]).trimmingCharacters(in: .whitespaces)
            }
            known[head, default: []].append(KnownFailure(modes: modes, reason: reason))
        }
        return known
    }()

    static func knownReason(_ name: String, mode: String) -> String? {
        for k in knownFailures[name] ?? [] {
            guard let modes = k.modes else { return k.reason }
            if modes.contains(mode) || (mode.hasPrefix("torture-") && modes.contains("torture")) { return k.reason }
        }
        return nil
    }

    /// The weft binary: WEFT_BIN, else next to the running test bundle (the build's
    /// products folder), else .build/debug/weft.
    static let weftBinary: String = {
        if let b = ProcessInfo.processInfo.environment["WEFT_BIN"], !b.isEmpty { return b }
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
            // Inside an .xctest bundle directory (other platforms), go up to the products folder.
            while dir.path != "/" && dir.path.contains(".xctest") { dir = dir.deletingLastPathComponent() }
            candidates.append(dir.appendingPathComponent("weft").path)
        }
        candidates.append(testsDir.deletingLastPathComponent().appendingPathComponent(".build/debug/weft").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    static func normalize(_ s: String) -> String {
        s.replacingOccurrences(of: programsDir.path, with: "<dir>")
    }

    static func readText(_ url: URL) -> String? {
        guard let d = try? Data(contentsOf: url) else { return nil }
        return String(decoding: d, as: UTF8.self)
    }

    struct Outcome {
        var stdout = "", stderr = ""
        var status: Int32 = 0
        var signal: Int32? = nil
        var timedOut = false
    }

    /// Runs one program; blocks until it exits or the timeout kills it.
    static func run(_ p: Program, gcOptions: [String], timeout: Double) -> Outcome {
        var options = gcOptions
        if !p.weftOptions.contains(where: { $0.hasPrefix("--max-heap") }) {
            options.append("--max-heap=2G")   // a runaway program must not take the machine
        }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("weft-programs-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        var o = Outcome()
        let proc = Process()
        proc.executableURL = URL(fileURLWithPath: weftBinary)
        proc.arguments = ["run"] + options + p.weftOptions + [p.name + ".py"] + p.args
        proc.currentDirectoryURL = programsDir
        proc.standardInput = FileHandle.nullDevice
        guard let outH = try? FileHandle(forWritingTo: outURL), let errH = try? FileHandle(forWritingTo: errURL) else {
            o.stderr = "cannot create output files in \(tmp.path)"
            o.status = -1
            return o
        }
        proc.standardOutput = outH
        proc.standardError = errH
        let done = DispatchSemaphore(value: 0)
        proc.terminationHandler = { _ in done.signal() }
        do {
            try proc.run()
        } catch {
            o.stderr = "cannot run \(weftBinary): \(error)"
            o.status = -1
            return o
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            o.timedOut = true
            kill(proc.processIdentifier, SIGKILL)
            done.wait()
        }
        try? outH.close()
        try? errH.close()
        if proc.terminationReason == .uncaughtSignal {
            o.signal = proc.terminationStatus
        } else {
            o.status = proc.terminationStatus
        }
        o.stdout = normalize(readText(outURL) ?? "")
        o.stderr = normalize(readText(errURL) ?? "")
        return o
    }

    static func firstDifference(_ want: String, _ got: String) -> String {
        let w = want.split(separator: "\n", omittingEmptySubsequences: false)
        let g = got.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(w.count, g.count) {
            let a = i < w.count ? String(w[i]) : "<end>", b = i < g.count ? String(g[i]) : "<end>"
            if a != b { return "line \(i + 1): expected \(a.debugDescription), got \(b.debugDescription)" }
        }
        return "differs"
    }

    /// What is wrong with an outcome, or [] if it matches the recording.
    static func problems(_ p: Program, _ o: Outcome) -> (summary: [String], detail: String) {
        guard let wantOut = readText(expectedDir.appendingPathComponent(p.name + ".out")),
              let wantErr = readText(expectedDir.appendingPathComponent(p.name + ".err")),
              let statusText = readText(expectedDir.appendingPathComponent(p.name + ".status")),
              let wantStatus = Int32(statusText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            return (["no recording in tests/programs/expected (run tests/record \(p.name))"], "")
        }
        var s: [String] = []
        var detail = ""
        if o.timedOut { s.append("timed out") }
        if let sig = o.signal, !o.timedOut { s.append("crashed with signal \(sig)") }
        if o.stdout != wantOut {
            s.append("stdout " + firstDifference(wantOut, o.stdout))
            detail += "--- expected stdout\n\(wantOut.suffix(2000))\n--- weft stdout\n\(o.stdout.suffix(2000))\n"
        }
        if o.signal == nil && o.stderr != wantErr {
            s.append("stderr " + firstDifference(wantErr, o.stderr))
        }
        if o.signal != nil || o.stderr != wantErr {
            detail += "--- expected stderr\n\(wantErr.suffix(2000))\n--- weft stderr\n\(o.stderr.suffix(3000))\n"
        }
        if o.signal == nil && !o.timedOut && o.status != wantStatus {
            s.append("exit status \(o.status), expected \(wantStatus)")
        }
        return (s, detail)
    }

    struct Result {
        let program: Program
        let mode: String
        let summary: [String]
        let detail: String
    }

    /// Runs the programs (in parallel, one per core) in one mode and records an issue per
    /// unexpected failure and per listed program that passes; prints the counts.
    static func check(_ programs: [Program], mode: String, gcOptions: [String], timeout: Double) {
        #expect(FileManager.default.isExecutableFile(atPath: weftBinary), "no weft binary at \(weftBinary): run `swift build` first")
        guard FileManager.default.isExecutableFile(atPath: weftBinary) else { return }
        let env = ProcessInfo.processInfo.environment
        let limit = env["WEFT_PROGRAM_TIMEOUT"].flatMap(Double.init) ?? timeout
        var results = [Result?](repeating: nil, count: programs.count)
        let lock = NSLock()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var next = 0
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let i = next
                next += 1
                lock.unlock()
                if i >= programs.count { return }
                let p = programs[i]
                let (summary, detail) = problems(p, run(p, gcOptions: gcOptions, timeout: limit))
                lock.lock()
                results[i] = Result(program: p, mode: mode, summary: summary, detail: detail)
                lock.unlock()
            }
        }
        var passed = 0, failed = 0, knownFailed = 0, fixed = 0
        var knownLines: [String] = []
        for r in results.compactMap({ $0 }) {
            let reason = knownReason(r.program.name, mode: mode)
            switch (r.summary.isEmpty, reason) {
            case (true, nil):
                passed += 1
            case (true, .some):
                fixed += 1
                Issue.record("\(r.program.name) [\(mode)] passes now: remove it from tests/known-failures.txt")
            case (false, .some(let why)):
                knownFailed += 1
                knownLines.append("  \(r.program.name): \(r.summary.first!)   (listed: \(why))")
            case (false, nil):
                failed += 1
                Issue.record("\(r.program.name) [\(mode)]: \(r.summary.joined(separator: "; "))\n\(r.detail)")
            }
        }
        if env["WEFT_SHOW_KNOWN"] != nil && !knownLines.isEmpty {
            print("known failures [\(mode)]:\n" + knownLines.joined(separator: "\n"))
        }
        print("programs [\(mode)]: \(passed) match CPython, \(failed) differ, \(knownFailed) known failures skipped, \(fixed) listed but passing (of \(programs.count))")
    }
}

@Suite struct ProgramTests {
    @Test func suiteIsWellFormed() {
        let all = ProgramSuite.programs()
        let names = Set(all.map(\.name))
        if ProcessInfo.processInfo.environment["WEFT_PROGRAMS"] == nil {
            #expect(all.count >= 200, "the suite has \(all.count) programs; the issue asks for at least 200")
        }
        for p in all {
            #expect(p.firstLine.hasPrefix("# "), "\(p.name).py: the first line must be a comment saying what it tests")
            for ext in ["out", "err", "status"] {
                let url = ProgramSuite.expectedDir.appendingPathComponent("\(p.name).\(ext)")
                #expect(FileManager.default.fileExists(atPath: url.path), "\(p.name): missing expected/\(p.name).\(ext) (run tests/record)")
            }
        }
        guard ProcessInfo.processInfo.environment["WEFT_PROGRAMS"] == nil else { return }
        for name in ProgramSuite.knownFailures.keys {
            #expect(names.contains(name), "tests/known-failures.txt names \(name), which is not a program")
        }
        let torture = ProgramSuite.listLines("torture.txt")
        #expect(torture.count >= 50, "tests/torture.txt lists \(torture.count) programs; at least 50 are wanted")
        for name in torture {
            #expect(names.contains(name), "tests/torture.txt names \(name), which is not a program")
        }
    }

    @Test func programsWithMarkSweep() {
        ProgramSuite.check(ProgramSuite.programs(), mode: "marksweep", gcOptions: ["--gc=marksweep"], timeout: 120)
    }

    @Test func programsWithSemispace() {
        ProgramSuite.check(ProgramSuite.programs(), mode: "semispace", gcOptions: ["--gc=semispace"], timeout: 120)
    }

    /// --gc-torture collects (semispace: moves everything) at every allocation and
    /// --gc-verify checks every pointer after each collection: too slow for every program
    /// in the default run, so it runs when WEFT_TORTURE is set (CI sets it).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WEFT_TORTURE"] != nil))
    func programsUnderTorture() {
        let all = ProgramSuite.programs()
        let programs: [ProgramSuite.Program]
        if ProcessInfo.processInfo.environment["WEFT_TORTURE"] == "all" {
            programs = all
        } else {
            let subset = Set(ProgramSuite.listLines("torture.txt"))
            programs = all.filter { subset.contains($0.name) }
        }
        for gc in ["semispace", "marksweep"] {
            ProgramSuite.check(programs, mode: "torture-" + gc, gcOptions: ["--gc=" + gc, "--gc-torture", "--gc-verify"], timeout: 600)
        }
    }
}
