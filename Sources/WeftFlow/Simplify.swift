// Cleans a freshly built graph, as PyPy's simplify.py does after the flow space: drops
// checks of locals that are bound on every path, unused pure operations and unused block
// arguments, then merges blocks joined by a single link. Semantics are unchanged.

public func simplify(_ graph: Graph) {
    removeRedundantBoundChecks(graph)
    eliminateEmptyBlocks(graph)
    removeDeadOperations(graph)
    removeDeadArguments(graph)
    joinBlocks(graph)
    graph.cleanup()
}

/// Replaces every use of a variable by a value, in one block and its exits.
func substitute(_ block: Block, _ map: [ObjectIdentifier: Value]) {
    guard !map.isEmpty else { return }
    func sub(_ v: Value) -> Value {
        if let x = v.variable, let r = map[ObjectIdentifier(x)] { return r }
        return v
    }
    for k in block.operations.indices {
        block.operations[k].args = block.operations[k].args.map(sub)
    }
    if case .value(let v) = block.exitSwitch { block.exitSwitch = .value(sub(v)) }
    for l in block.exits { l.args = l.args.map(sub) }
}

/// Bypasses blocks with no operations and a single plain exit: each link into one goes
/// straight to its target, its arguments translated through the skipped block.
func eliminateEmptyBlocks(_ graph: Graph) {
    func isEmpty(_ b: Block) -> Bool {
        b.operations.isEmpty && b.exits.count == 1 && b !== graph.startBlock && b !== graph.returnBlock
            && b !== graph.exceptBlock && b.exits[0].exitCase == nil && { if case .none = b.exitSwitch { return true }; return false }()
    }
    for b in graph.blocks {
        for l in b.exits {
            var seen = IDSet()
            while isEmpty(l.target), seen.insert(l.target) {
                let t = l.target
                let next = t.exits[0]
                var map: [ObjectIdentifier: Value] = [:]
                for (input, arg) in zip(t.inputArgs, l.args) { map[ObjectIdentifier(input)] = arg }
                l.args = next.args.map { v in v.variable.flatMap { map[ObjectIdentifier($0)] } ?? v }
                l.target = next.target
            }
        }
    }
}

/// check_bound(v) is dropped when no path can bring `undefined` into v.
func removeRedundantBoundChecks(_ graph: Graph) {
    let blocks = graph.blocks
    var maybeUndefined = IDSet()
    var changed = true
    while changed {
        changed = false
        for b in blocks {
            for l in b.exits {
                for (arg, input) in zip(l.args, l.target.inputArgs) {
                    let undefinedHere: Bool
                    switch arg {
                    case .constant(let c): undefinedHere = c.same(as: .undefined)
                    case .variable(let x): undefinedHere = maybeUndefined.contains(x)
                    }
                    if undefinedHere && maybeUndefined.insert(input) { changed = true }
                }
            }
        }
    }
    for b in blocks where b.operations.contains(where: { $0.op == .checkBound }) {
        var map: [ObjectIdentifier: Value] = [:]
        var kept: [Operation] = []
        let lastIndex = b.operations.count - 1
        var droppedLast = false
        for (k, op) in b.operations.enumerated() {
            var op = op
            if !map.isEmpty {
                op.args = op.args.map { v in
                    if let x = v.variable, let r = map[ObjectIdentifier(x)] { return r }
                    return v
                }
            }
            if op.op == .checkBound, let x = op.args[0].variable, !maybeUndefined.contains(x) {
                map[ObjectIdentifier(op.result)] = op.args[0]
                if k == lastIndex { droppedLast = true }
                continue
            }
            kept.append(op)
        }
        b.operations = kept
        substituteExits(b, map)
        if droppedLast, case .lastException = b.exitSwitch {
            b.exitSwitch = .none
            b.exits = [b.exits[0]]
        }
    }
}

func substituteExits(_ b: Block, _ map: [ObjectIdentifier: Value]) {
    guard !map.isEmpty else { return }
    func sub(_ v: Value) -> Value {
        if let x = v.variable, let r = map[ObjectIdentifier(x)] { return r }
        return v
    }
    if case .value(let v) = b.exitSwitch { b.exitSwitch = .value(sub(v)) }
    for l in b.exits { l.args = l.args.map(sub) }
}

/// Variables whose values are needed: used by an operation or a switch, or passed to a
/// needed input (the return and except blocks' inputs are always needed).
func neededVariables(_ graph: Graph, _ blocks: [Block]) -> IDSet {
    var needed = IDSet()
    for v in graph.returnBlock.inputArgs + graph.exceptBlock.inputArgs { needed.insert(v) }
    for b in blocks {
        for op in b.operations {
            for a in op.args { if let x = a.variable { needed.insert(x) } }
        }
        if case .value(.variable(let x)) = b.exitSwitch { needed.insert(x) }
    }
    // Needs flow backwards along links: visiting blocks in reverse order settles most
    // graphs in one or two rounds.
    var changed = true
    while changed {
        changed = false
        for b in blocks.reversed() {
            for l in b.exits {
                for (arg, input) in zip(l.args, l.target.inputArgs) where needed.contains(input) {
                    if let x = arg.variable, needed.insert(x) { changed = true }
                }
            }
        }
    }
    return needed
}

/// Drops pure operations whose results nothing needs (repeatedly: dropping one can
/// make its operands unneeded).
func removeDeadOperations(_ graph: Graph) {
    var changed = true
    while changed {
        changed = false
        let blocks = graph.blocks
        let needed = neededVariables(graph, blocks)
        for b in blocks {
            let isLastRaising: Bool = { if case .lastException = b.exitSwitch { return true }; return false }()
            var kept: [Operation] = []
            for (k, op) in b.operations.enumerated() {
                let last = k == b.operations.count - 1
                if op.op.pure && !needed.contains(op.result) && !(last && isLastRaising) {
                    changed = true
                    continue
                }
                kept.append(op)
            }
            b.operations = kept
        }
    }
}

/// Removes block inputs nothing needs, with the matching argument of every link.
func removeDeadArguments(_ graph: Graph) {
    let blocks = graph.blocks
    let needed = neededVariables(graph, blocks)
    var keep: [ObjectIdentifier: [Bool]] = [:]
    for b in blocks where b !== graph.startBlock && b !== graph.returnBlock && b !== graph.exceptBlock {
        keep[ObjectIdentifier(b)] = b.inputArgs.map { needed.contains($0) }
    }
    for b in blocks {
        for l in b.exits {
            guard let mask = keep[ObjectIdentifier(l.target)] else { continue }
            l.args = zip(l.args, mask).filter { $0.1 }.map { $0.0 }
        }
    }
    for b in blocks {
        guard let mask = keep[ObjectIdentifier(b)] else { continue }
        b.inputArgs = zip(b.inputArgs, mask).filter { $0.1 }.map { $0.0 }
    }
}

/// Merges B into A when A's only exit is a plain link to B and A is B's only predecessor.
/// Merging never changes how many predecessors the remaining blocks have, so one pass
/// with the counts taken up front suffices.
func joinBlocks(_ graph: Graph) {
    let preds = graph.predecessors()
    var merged = IDSet()
    for a in graph.blocks where !merged.contains(a) {
        while case .none = a.exitSwitch, a.exits.count == 1 {
            let link = a.exits[0]
            let b = link.target
            guard b !== a, b !== graph.returnBlock, b !== graph.exceptBlock, b !== graph.startBlock,
                  preds[ObjectIdentifier(b)]?.count == 1 else { break }
            var map: [ObjectIdentifier: Value] = [:]
            for (input, arg) in zip(b.inputArgs, link.args) { map[ObjectIdentifier(input)] = arg }
            substitute(b, map)
            a.operations += b.operations
            a.exitSwitch = b.exitSwitch
            a.exits = b.exits
            merged.insert(b)
        }
    }
}
