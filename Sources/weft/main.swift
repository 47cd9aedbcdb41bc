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
        subcommands: [ASTCommand.self])
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

    @Argument(help: "Python source files.")
    var files: [String]

    func run() throws {
        var failed = false
        for f in files {
            guard let m = loadModule(f) else { failed = true; continue }
            if !quiet { Output.write(astDump(m) + "\n") }
        }
        fflush(stdout)
        if failed { throw ExitCode(1) }
    }
}

// `weft prog.py` means `weft run prog.py`.
var arguments = Array(CommandLine.arguments.dropFirst())
if let first = arguments.first, !first.hasPrefix("-"),
   !["ast", "graph", "run", "help"].contains(first) {
    arguments.insert("run", at: 0)
}
Weft.main(arguments)
