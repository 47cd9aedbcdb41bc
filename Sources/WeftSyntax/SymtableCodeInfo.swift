// What compile.c derives from the symbol table for each code object: __qualname__
// (compiler_set_qualname) and the cell and free variable lists (dictbytype and the
// 3.11 locals-plus layout). co_varnames needs the compiler's visiting order and is
// found by CompileOrderWalk.

/// Fills qualname, cellvars, freevars and the parameter prefix of varnames for `s` and
/// every scope below it; `s`'s own qualname must already be set unless it has a parent.
func computeCodeInfo(_ s: Scope) {
    if let p = s.parent { s.qualname = qualname(of: s, in: p) }
    // Cells that are parameters keep their parameter slot, so they come first in
    // co_cellvars, in parameter order; the other cells follow sorted.
    let cells = s.symbols.filter { $0.value == .cell }.map { $0.key }
    let paramCells = s.parameters.filter { s.symbols[$0] == .cell }
    s.cellvars = paramCells + codePointSorted(cells.filter { !paramCells.contains($0) })
    if s.needsClassClosure { s.cellvars = ["__class__"] }
    s.freevars = codePointSorted(s.symbols.compactMap { name, sc in
        sc == .free || (s.flags[name]?.contains(.freeClass) ?? false) ? name : nil
    })
    var seen = Set<String>(minimumCapacity: s.parameters.count)
    s.varnames = s.parameters.filter { seen.insert($0).inserted }
    for c in s.children { computeCodeInfo(c) }
}

private func qualname(of s: Scope, in p: Scope) -> String {
    // (A lambda or comprehension inside an annotation that is never compiled has an
    // annotation block for parent; it is named as if at top level.)
    if p.kind == .module || p.isAnnotationBlock { return s.name }
    // A def or class declared global in its parent is named as a top-level one.
    if s.kind == .function || s.kind == .classBody,
       p.symbols[mangleName(s.name, p.privateName)] == .globalExplicit {
        return s.name
    }
    if p.kind == .function || p.kind == .lambda { return p.qualname + ".<locals>." + s.name }
    return p.qualname + "." + s.name
}
