// Future statements, as CPython's future.c reads them before building the symbol table:
// only `from __future__ import ...` statements at the top of the module (after an
// optional docstring) count, and an unknown feature is an error raised here.

struct FutureFeatures {
    /// `from __future__ import annotations`: annotations become strings, so their names
    /// bind and use nothing.
    var annotations = false
    /// Line of the last leading future statement (ff_lineno); -1 if none. The compiler
    /// rejects any later `from __future__` import.
    var lastLine = -1
}

private let knownFutureFeatures: Set<String> = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]

func parseFuture(_ module: Module) throws(SyntaxError) -> FutureFeatures {
    var features = FutureFeatures()
    var done = false
    var prevLine: Int32 = 0
    var body = module.body[...]
    if let first = body.first, isDocstring(first) { body = body.dropFirst() }
    for s in body {
        // Statements after a non-future one may still share its line (`import os;
        // from __future__ import x`): those are reported here, the rest by the compiler.
        if done && s.loc.line > prevLine { break }
        prevLine = s.loc.line
        guard case .importFrom(let mod, let names, _) = s.kind, mod == "__future__" else {
            done = true
            continue
        }
        if done {
            // future.c passes col_offset here where elsewhere it passes col_offset + 1.
            var l = s.loc
            l.col -= 1
            throw locatedError(module.source, "from __future__ imports must occur at the beginning of the file", l, ranged: false)
        }
        for alias in names {
            if alias.name == "braces" {
                throw locatedError(module.source, "not a chance", s.loc, ranged: false)
            }
            guard knownFutureFeatures.contains(alias.name) else {
                throw locatedError(module.source, "future feature \(String(alias.name.utf8.prefix(100)) ?? alias.name) is not defined", s.loc, ranged: false)
            }
            if alias.name == "annotations" { features.annotations = true }
        }
        features.lastLine = Int(s.loc.line)
    }
    return features
}

/// _PyAST_GetDocString: a first statement that is a string constant expression.
func isDocstring(_ s: Stmt) -> Bool {
    if case .expr(let e) = s.kind, case .constant(.str, _) = e.kind { return true }
    return false
}
