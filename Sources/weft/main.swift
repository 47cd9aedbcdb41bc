// The `weft` command: run programs, and show what the translator makes of them.

import ArgumentParser
import WeftSyntax
import WeftFlow

#if canImport(Glibc)
import Glibc
#endif

struct Weft: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weft",
        abstract: "A translation toolchain and runtime for Python 3 with stackless concurrency.",
        discussion: "`weft prog.py [args]` is short for `weft run prog.py [args]`.",
        subcommands: [ASTCommand.self, GraphCommand.self])
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
Weft.main(arguments)
