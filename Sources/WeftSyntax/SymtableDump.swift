// A deterministic text form of a symbol table, for comparison with CPython (see
// tests/parser/symtable_compare.py, which prints the same lines from Python's symtable
// module and from compile()'s code objects). Two lines per scope:
//   S <path> params=<a,b> syms=<name:scope ...>          what symtable.symtable() shows
//   C <qualname> <firstlineno> varnames=(..) cellvars=(..) freevars=(..) flags=<..>
//                                                          what the code object shows
// <path> names the scope by its ancestry, each step "type:name:line" as symtable.c
// names blocks ("function:listcomp:3", "class:C:5"; the module is "module:top:0").

public func symtableDump(_ top: Scope) -> String {
    var lines: [String] = []
    dump(top, path: "", into: &lines)
    return lines.joined(separator: "\n") + "\n"
}

private func dump(_ s: Scope, path: String, into lines: inout [String]) {
    let step = "\(symtableType(s)):\(symtableName(s)):\(s.line)"
    let here = path.isEmpty ? step : path + "/" + step
    let syms = codePointSorted(s.symbols.keys).map { "\($0):\(scopeName(s.symbols[$0] ?? .globalImplicit))" }
    lines.append("S \(here) params=\(s.parameters.joined(separator: ",")) syms=\(syms.joined(separator: " "))")
    var flags: [String] = []
    if s.isFunctionLike {
        switch (s.isGenerator, s.isCoroutine) {
        case (true, false): flags.append("gen")
        case (false, true): flags.append("coro")
        case (true, true): flags.append("agen")
        case (false, false): break
        }
    }
    func tuple(_ names: [String]) -> String { "(" + names.joined(separator: ",") + ")" }
    lines.append("C \(s.qualname) \(s.firstLine) varnames=\(tuple(s.varnames)) cellvars=\(tuple(s.cellvars)) "
                 + "freevars=\(tuple(s.freevars)) flags=\(flags.joined(separator: "|"))")
    for c in s.children { dump(c, path: here, into: &lines) }
}

private func symtableType(_ s: Scope) -> String {
    switch s.kind {
    case .module: return "module"
    case .classBody: return "class"
    default: return "function"
    }
}

/// symtable.c's block names: "top", "lambda", "listcomp"... (the compiler's have <>).
private func symtableName(_ s: Scope) -> String {
    switch s.kind {
    case .lambda, .comprehension: return String(s.name.dropFirst().dropLast())
    default: return s.name
    }
}

private func scopeName(_ sc: SymbolScope) -> String {
    switch sc {
    case .local: return "local"
    case .cell: return "cell"
    case .free: return "free"
    case .globalExplicit: return "global_explicit"
    case .globalImplicit: return "global_implicit"
    }
}
