// checkGraph: the invariants every pass must preserve (PyPy's checkgraph). A violation
// is a bug in whatever built or transformed the graph, reported with a message naming
// the block and the rule.

public struct GraphError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

public func checkGraph(_ graph: Graph) throws(GraphError) {
    func fail(_ m: String) -> GraphError { GraphError(message: "graph \(graph.name): \(m)") }

    let rb = graph.returnBlock, eb = graph.exceptBlock
    if rb.inputArgs.count != 1 || !rb.operations.isEmpty || !rb.exits.isEmpty {
        throw fail("the return block must take one value and have no operations or exits")
    }
    if eb.inputArgs.count != 2 || !eb.operations.isEmpty || !eb.exits.isEmpty {
        throw fail("the except block must take two values and have no operations or exits")
    }
    let blocks = graph.blocks
    var definedSomewhere = Set<ObjectIdentifier>()
    func defineOnce(_ v: Variable, _ where_: String) throws(GraphError) {
        if !definedSomewhere.insert(ObjectIdentifier(v)).inserted {
            throw fail("variable \(v.name) is defined more than once (again in \(where_))")
        }
    }
    for v in rb.inputArgs + eb.inputArgs { try defineOnce(v, "a final block") }

    for b in blocks where b !== rb && b !== eb {
        let name = "block\(b.id)"
        var local = Set<ObjectIdentifier>()
        for v in b.inputArgs {
            try defineOnce(v, "inputs of \(name)")
            local.insert(ObjectIdentifier(v))
        }
        func use(_ v: Value, _ what: String, extra: Set<ObjectIdentifier> = []) throws(GraphError) {
            if let x = v.variable, !local.contains(ObjectIdentifier(x)), !extra.contains(ObjectIdentifier(x)) {
                throw fail("variable \(x.name) is used in \(name) (\(what)) but not defined there")
            }
        }
        for op in b.operations {
            for a in op.args { try use(a, "operation \(op.op.rawValue)") }
            try defineOnce(op.result, "\(name), operation \(op.op.rawValue)")
            local.insert(ObjectIdentifier(op.result))
        }
        if b.exits.isEmpty {
            throw fail("\(name) has no exits but is not the return or except block")
        }
        switch b.exitSwitch {
        case .none:
            if b.exits.count != 1 { throw fail("\(name) has no exit switch but \(b.exits.count) exits") }
            if b.exits[0].exitCase != nil { throw fail("\(name): the single exit of a block must have no exit case") }
        case .value(let v):
            try use(v, "exit switch")
            if b.exits.count != 2 { throw fail("\(name) switches on a value but has \(b.exits.count) exits, not 2") }
            guard case .bool(false)? = b.exits[0].exitCase, case .bool(true)? = b.exits[1].exitCase else {
                throw fail("\(name): a value switch needs exits with cases False then True")
            }
        case .lastException:
            guard let last = b.operations.last else {
                throw fail("\(name) has exception exits but no operations")
            }
            if !last.op.canRaise {
                throw fail("\(name) has exception exits after '\(last.op.rawValue)', which cannot raise")
            }
            let firstException = last.op.noReturn ? 0 : 1
            if !last.op.noReturn {
                if b.exits[0].isException || b.exits[0].exitCase != nil {
                    throw fail("\(name): the first exit after a raising operation must be the normal one")
                }
                if b.exits.count < 2 { throw fail("\(name) has an exception switch but no exception exits") }
            }
            var cases = Set<String>()
            for l in b.exits[firstException...] {
                guard l.isException, l.lastException != nil, case .exception(let c)? = l.exitCase else {
                    throw fail("\(name): exits after the normal one must be exception links with a class")
                }
                if !cases.insert(c).inserted { throw fail("\(name) catches \(c) twice") }
            }
        }
        for l in b.exits {
            if l.isException {
                guard case .lastException = b.exitSwitch else {
                    throw fail("\(name) has an exception link but its last operation is not a raising one")
                }
            } else if l.lastException != nil {
                throw fail("\(name): only exception links define exception variables")
            }
            var extra = Set<ObjectIdentifier>()
            if let t = l.lastException { try defineOnce(t, "link from \(name)"); extra.insert(ObjectIdentifier(t)) }
            if let v = l.lastExcValue { try defineOnce(v, "link from \(name)"); extra.insert(ObjectIdentifier(v)) }
            if l.args.count != l.target.inputArgs.count {
                throw fail("a link from \(name) to block\(l.target.id) passes \(l.args.count) values for \(l.target.inputArgs.count) inputs")
            }
            for a in l.args { try use(a, "link to block\(l.target.id)", extra: extra) }
        }
    }
    if let registered = graph.registeredBlocks {
        let reachable = Set(blocks.map { ObjectIdentifier($0) })
        for b in registered where !reachable.contains(ObjectIdentifier(b)) && b !== rb && b !== eb {
            throw fail("block\(b.id) is unreachable from the start block")
        }
    }
}

/// Checks the graphs of `code` and its nested code, depth first; code compiled lazily
/// and not built yet is checked when it is built (in debug builds).
public func checkCode(_ code: FunctionCode) throws(GraphError) {
    guard code.isBuilt else { return }
    try checkGraph(code.graph)
    for c in code.children { try checkCode(c) }
}
