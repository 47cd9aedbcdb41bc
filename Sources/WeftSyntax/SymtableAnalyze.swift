// The symbol table's second pass (symtable.c's analyze_block and helpers): decides for
// every name whether it is local, cell, free or global, top-down with the sets of names
// bound in enclosing functions (`bound`) and declared global (`global`), bottom-up with
// the names children need from outside (`free`).
//
// Class scopes are transparent to their children: a method sees the bindings of the
// functions around the class, never the class's own, plus the implicit `__class__`.
// A name free in a child and local in a function becomes a cell there; otherwise it is
// free here too and passed outward. Every set is copied for each child, as CPython does.

struct SymtableAnalyzer {
    /// For the location of errors.
    let source: SourceFile

    func analyze(_ top: Scope) throws(SyntaxError) {
        var free = Set<String>(), global = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: &global)
    }

    /// Annotation blocks are not part of the tree; the lambdas and comprehensions inside
    /// them never run, but get a resolution so that their scopes are complete. CPython
    /// never analyses them, so nothing there is an error (a walrus in a comprehension
    /// there is nonlocal to a function that is not its parent).
    func analyzeOrphans(of block: Scope) {
        for child in block.children {
            var free = Set<String>(), global = Set<String>()
            do { try analyzeBlock(child, bound: [], free: &free, global: &global) } catch {}
        }
    }

    private func analyzeBlock(_ s: Scope, bound: Set<String>?, free: inout Set<String>,
                              global: inout Set<String>) throws(SyntaxError) {
        var bound = bound
        var local = Set<String>(minimumCapacity: s.flagOrder.count)
        var scopes: [String: SymbolScope] = [:]
        scopes.reserveCapacity(s.flagOrder.count)  // (growing it was most of its cost)
        var newGlobal = Set<String>(), newBound = Set<String>()

        // A class's own bindings are invisible to nested scopes: pass down what came in.
        if s.kind == .classBody {
            newGlobal = global
            if let b = bound { newBound = b }
        }
        for name in s.flagOrder {
            try analyzeName(s, &scopes, name, s.flags[name] ?? [], &bound, &local, &free, &global)
        }
        if s.kind != .classBody {
            if s.isFunctionLike { newBound.formUnion(local) }
            if let b = bound { newBound.formUnion(b) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }

        var newFree = Set<String>()
        for child in s.children {
            var childGlobal = newGlobal, childFree = Set<String>()
            try analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
            newFree.formUnion(childFree)
        }

        if s.isFunctionLike {
            // Locals that children use freely become cells.
            for (name, sc) in scopes where sc == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if s.kind == .classBody {
            if newFree.remove("__class__") != nil { s.needsClassClosure = true }
        }
        updateSymbols(s, scopes, bound, newFree)
        free.formUnion(newFree)
    }

    private func analyzeName(_ s: Scope, _ scopes: inout [String: SymbolScope], _ name: String, _ flags: SymbolFlags,
                             _ bound: inout Set<String>?, _ local: inout Set<String>,
                             _ free: inout Set<String>, _ global: inout Set<String>) throws(SyntaxError) {
        if flags.contains(.global) {
            if flags.contains(.nonlocal) {
                throw directiveError(s, name, "name '\(name)' is nonlocal and global")
            }
            scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if flags.contains(.nonlocal) {
            guard let b = bound else {
                throw directiveError(s, name, "nonlocal declaration not allowed at module level")
            }
            guard b.contains(name) else {
                throw directiveError(s, name, "no binding for nonlocal '\(name)' found")
            }
            scopes[name] = .free
            free.insert(name)
            return
        }
        if !flags.isDisjoint(with: .bound) {
            scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        // Bound in an enclosing function: free here. (Only nested blocks have `bound`.)
        if let b = bound, b.contains(name) {
            scopes[name] = .free
            free.insert(name)
            return
        }
        scopes[name] = .globalImplicit
    }

    /// The error is reported at the name's first global/nonlocal statement.
    private func directiveError(_ s: Scope, _ name: String, _ message: String) -> SyntaxError {
        locatedError(source, message, s.directives[name] ?? .none)
    }
}

/// update_symbols: records the scopes, and the names that children need from outside.
private func updateSymbols(_ s: Scope, _ scopes: [String: SymbolScope], _ bound: Set<String>?, _ free: Set<String>) {
    var symbols: [String: SymbolScope] = [:]
    symbols.reserveCapacity(s.flagOrder.count + free.count)
    for name in s.flagOrder { symbols[name] = scopes[name] ?? .globalImplicit }
    for name in codePointSorted(free) {
        if let f = s.flags[name] {
            // A method's free variable that the class body also binds or declares
            // global: the class passes the outer cell on (DEF_FREE_CLASS).
            if s.kind == .classBody && !f.isDisjoint(with: [.bound, .global]) {
                s.flags[name] = f.union(.freeClass)
            }
            continue  // a cell, or already free here
        }
        if let b = bound, !b.contains(name) { continue }  // global
        s.setFlags(name, [])
        symbols[name] = .free
    }
    s.symbols = symbols
}
