// The `weft` command: run programs, and show what the translator makes of them.

import ArgumentParser
import WeftSyntax
import WeftFlow
import WeftInterp
import WeftMemory

#if canImport(Glibc)
import Glibc
#endif

struct Weft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weft",
        abstract: "A translation toolchain and runtime for Python 3 with stackless concurrency.",
        discussion: "`weft prog.py [args]` is short for `weft run prog.py [args]`.",
        subcommands: [RunCommand.self, ASTCommand.self, GraphCommand.self])
}

/// Writes to stdout through a buffer: the dumps are large.
struct Output {
    static func write(_ s: String) {
        var s = s
        s.withUTF8 { b in _ = fwrite(b.baseAddress, 1, b.count, stdout) }
    }
    static func error(_ s: String) {
        var s = s
        s.withUTF8 { b in _ = fwrite(b.baseAddress, 1, b.count, stderr) }
    }
}

/// Reads and parses a file, printing a CPython-style error on failure.
func loadModule(_ path: String) -> Module? {
    guard let bytes = readFileBytes(path) else {
        Output.error("weft: can't open file '\(path)': [Errno \(errno)] \(String(cString: strerror(errno)))\n")
        return nil
    }
    do {
        return try Parser.parse(path: path, bytes: bytes)
    } catch {
        fflush(stdout)
        Output.error(error.render())
        return nil
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python program, as `python3 prog.py args` does.")

    @Option(name: .long, help: "The garbage collector: marksweep (default) or semispace.")
    var gc: String = "marksweep"

    @Option(name: .customLong("max-heap"), help: "Heap size after which allocation raises MemoryError (e.g. 64M, 2G). Default: half of physical memory.")
    var maxHeap: String?

    @Flag(name: .customLong("gc-torture"), help: "Collect at every allocation (slow; proves the roots complete). Past 2 MB live, at random allocations, linear in all.")
    var gcTorture = false

    @Flag(name: .customLong("gc-verify"), help: "Check every pointer in the heap after each collection.")
    var gcVerify = false

    @Flag(name: .customLong("gc-stats"), help: "Print the collector's statistics to stderr at exit.")
    var gcStats = false

    @Argument(help: "The program.")
    var script: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments for the program (sys.argv[1:]).")
    var arguments: [String] = []

    func run() throws {
        guard let choice = CollectorChoice(rawValue: gc) else {
            throw ValidationError("unknown collector '\(gc)': use marksweep or semispace")
        }
        if let m = maxHeap, parseSize(m) == nil { throw ValidationError("bad --max-heap size '\(m)'") }
        throw ExitCode(RunCommand.execute(script: script, arguments: arguments, collector: choice, maxHeap: maxHeap,
                                          gcTorture: gcTorture, gcVerify: gcVerify, gcStats: gcStats))
    }

    /// Runs the program with validated options; returns the exit status.
    static func execute(script: String, arguments: [String], collector choice: CollectorChoice, maxHeap: String?,
                        gcTorture: Bool, gcVerify: Bool, gcStats: Bool) -> Int32 {
        var heap = HeapOptions(torture: gcTorture, verify: gcVerify)
        if let m = maxHeap, let bytes = parseSize(m) {
            heap.maxHeap = bytes
            heap.minHeap = min(heap.minHeap, max(bytes / 8, 1 << 20))
        }
        let dir = script.contains("/") ? String(script[..<script.lastIndex(of: "/")!]) : "."
        let absDir = dir.hasPrefix("/") ? dir : (currentDirectory() + (dir == "." ? "" : "/" + dir))
        // sys.path: the script's folder, then PYTHONPATH's entries, as CPython does.
        var path = [absDir]
        if let pp = getenv("PYTHONPATH") {
            path += String(cString: pp).split(separator: ":").map { $0.hasPrefix("/") ? String($0) : currentDirectory() + "/" + $0 }
        }
        var options = RuntimeOptions(heap: heap, argv: [script] + arguments, modulePath: path)
        options.printStats = gcStats
        return withLargeStack { runScript(script, collector: choice, options: options) }
    }
}

func currentDirectory() -> String {
    var buf = [CChar](repeating: 0, count: 4096)
    return getcwd(&buf, buf.count) != nil ? String(cString: buf) : "."
}

/// 64M, 2G, 512K or a number of bytes.
func parseSize(_ s: String) -> Int? {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    if let u = s.last.flatMap({ units[Character($0.uppercased())] }) {
        return Int(s.dropLast()).map { $0 * u }
    }
    return Int(s)
}

struct ASTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ast",
        abstract: "Print the syntax tree of Python files as CPython 3.11's ast.dump() does.")

    @Flag(name: .long, help: "Parse only; print nothing but errors (for timing the parser).")
    var quiet = false

    @Flag(name: .long, help: "Include node positions, as ast.dump(..., include_attributes=True).")
    var positions = false

    @Argument(help: "Python source files.")
    var files: [String]

    func run() throws {
        var failed = false
        for f in files {
            guard let m = loadModule(f) else { failed = true; continue }
            if !quiet { Output.write(astDump(m, includeAttributes: positions) + "\n") }
        }
        fflush(stdout)
        if failed { throw ExitCode(1) }
    }
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the flow graphs of a Python file.",
        discussion: "Every code object (module, functions, lambdas, comprehensions, class bodies) gets a graph; --function selects them by name or qualified name.")

    enum Format: String, ExpressibleByArgument { case text, dot }

    @Option(name: .long, help: "Only the graphs of functions with this name or qualified name.")
    var function: String?

    @Option(name: .long, help: "text (default) or dot (Graphviz).")
    var format: Format = .text

    @Flag(name: .long, help: "Build and check the graphs, print nothing but errors.")
    var quiet = false

    @Argument(help: "A Python source file.")
    var file: String

    func run() throws {
        guard let m = loadModule(file) else { throw ExitCode(1) }
        let code: FunctionCode
        do {
            code = try buildProgram(m)
        } catch {
            fflush(stdout)
            Output.error(error.render())
            throw ExitCode(1)
        }
        do {
            try checkCode(code)
        } catch {
            Output.error("weft: internal error: \(error)\n")
            throw ExitCode(70)
        }
        var codes = code.allCodes
        if let f = function {
            codes = codes.filter { $0.name == f || $0.qualname == f }
            if codes.isEmpty {
                Output.error("weft: no function named '\(f)' in \(file)\n")
                throw ExitCode(1)
            }
        }
        if quiet { return }
        switch format {
        case .text: Output.write(codes.map(graphText).joined(separator: "\n"))
        case .dot: Output.write(graphDot(codes))
        }
        fflush(stdout)
    }
}

// `weft prog.py` means `weft run prog.py`.
var arguments = Array(CommandLine.arguments.dropFirst())
if let first = arguments.first, !first.hasPrefix("-"),
   !["ast", "graph", "run", "help"].contains(first) {
    arguments.insert("run", at: 0)
}
// `weft run prog.py args` without options skips the argument parser, whose set-up
// (reflection over the commands' properties) was ~10% of an empty program's run.
if arguments.count >= 2, arguments[0] == "run", arguments.dropFirst().allSatisfy({ !$0.hasPrefix("-") }) {
    exit(RunCommand.execute(script: arguments[1], arguments: Array(arguments.dropFirst(2)), collector: .marksweep,
                            maxHeap: nil, gcTorture: false, gcVerify: false, gcStats: false))
}
Weft.main(arguments)
