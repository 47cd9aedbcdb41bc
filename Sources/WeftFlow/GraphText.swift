// Graphs as text (`weft graph`) and as Graphviz dot (`weft graph --format dot`).
// Variables and blocks are renumbered per graph in order of appearance, so the output
// of the same program is the same on every run (golden tests rely on it).

import WeftSyntax

/// Stable names for the variables and blocks of one graph.
struct Namer {
    var variables: [ObjectIdentifier: String] = [:]
    var blocks: [ObjectIdentifier: String] = [:]
    var count = 0

    mutating func name(_ v: Variable) -> String {
        if let n = variables[ObjectIdentifier(v)] { return n }
        let n = (v.hint.isEmpty ? "v" : v.hint + "_") + String(count)
        count += 1
        variables[ObjectIdentifier(v)] = n
        return n
    }

    mutating func name(_ v: Value) -> String {
        switch v {
        case .variable(let x): return name(x)
        case .constant(let c): return c.description
        }
    }

    func block(_ b: Block, in g: Graph) -> String {
        if b === g.returnBlock { return "return" }
        if b === g.exceptBlock { return "except" }
        return blocks[ObjectIdentifier(b)] ?? "block?"
    }

    init(_ g: Graph) {
        for (k, b) in g.blocks.enumerated() { blocks[ObjectIdentifier(b)] = "block\(k)" }
    }
}

public func graphText(_ code: FunctionCode) -> String {
    let g = code.graph
    var n = Namer(g)
    var out = "graph \(code.qualname) (\(code.filename):\(code.firstLine))"
    if code.isGenerator { out += " generator" }
    if code.isCoroutine { out += " coroutine" }
    out += "\n"
    for b in g.blocks {
        out += "  \(n.block(b, in: g))(" + b.inputArgs.map { n.name($0) }.joined(separator: ", ") + "):\n"
        for op in b.operations {
            out += "    \(n.name(op.result)) = \(op.op.rawValue)(" + op.args.map { n.name($0) }.joined(separator: ", ") + ")"
            out += "    # line \(op.loc.line)\n"
        }
        if case .value(let v) = b.exitSwitch { out += "    switch \(n.name(v))\n" }
        for l in b.exits {
            let what: String
            switch l.exitCase {
            case nil: what = "goto"
            case .bool(let v)?: what = v ? "if True" : "if False"
            case .exception(let c)?:
                what = "except \(c) as \(n.name(l.lastException!)), \(n.name(l.lastExcValue!))"
            }
            out += "    \(what) -> \(n.block(l.target, in: g))(" + l.args.map { n.name($0) }.joined(separator: ", ") + ")\n"
        }
    }
    return out
}

/// Escapes text for a dot record label.
func dotEscape(_ s: String) -> String {
    var out = ""
    for ch in s.unicodeScalars {
        switch ch {
        case "{", "}", "|", "<", ">", "\"", "\\", " ": out += "\\" + String(ch)
        case "\n": out += "\\n"
        default:
            if ch.value < 0x20 || ch.value == 0x7F { out += "?" } else { out.unicodeScalars.append(ch) }
        }
    }
    return out
}

/// Dot lays records out on one line each: long operations (a dict display of hundreds of
/// items) would exceed Graphviz's limits, so drawings shorten them; `weft graph` text
/// keeps everything.
func clip(_ s: String, _ limit: Int = 100) -> String {
    s.count <= limit ? s : String(s.prefix(limit - 3)) + "..."
}

public func graphDot(_ codes: [FunctionCode]) -> String {
    var out = "digraph weft {\n  node [shape=record, fontname=\"monospace\", fontsize=10];\n  edge [fontname=\"monospace\", fontsize=9];\n"
    for (k, code) in codes.enumerated() {
        let g = code.graph
        var n = Namer(g)
        let prefix = "g\(k)_"
        out += "  subgraph cluster_\(k) {\n    label=\"\(dotEscapePlain(code.qualname))\";\n"
        func id(_ b: Block) -> String { prefix + n.block(b, in: g) }
        var referenced: [Block] = []
        for b in g.blocks {
            var rows = [dotEscape(clip("\(n.block(b, in: g))(" + b.inputArgs.map { n.name($0) }.joined(separator: ", ") + ")"))]
            var ops = ""
            for op in b.operations {
                ops += dotEscape(clip("\(n.name(op.result)) = \(op.op.rawValue)(" + op.args.map { n.name($0) }.joined(separator: ", ") + ")")) + "\\l"
            }
            if !ops.isEmpty { rows.append(ops) }
            switch b.exitSwitch {
            case .value(let v): rows.append(dotEscape("switch \(n.name(v))"))
            case .lastException: rows.append(dotEscape("switch on exception"))
            case .none: break
            }
            out += "    \(id(b)) [label=\"{" + rows.joined(separator: "|") + "}\"];\n"
            for l in b.exits {
                if l.target === g.returnBlock || l.target === g.exceptBlock { referenced.append(l.target) }
                var label = l.args.map { n.name($0) }.joined(separator: ", ")
                if let c = l.exitCase { label = "\(c): " + label }
                let style = l.isException ? ", style=dashed, color=red, fontcolor=red" : ""
                out += "    \(id(b)) -> \(id(l.target)) [label=\"\(dotEscapePlain(clip(label)))\"\(style)];\n"
            }
        }
        for b in [g.returnBlock, g.exceptBlock] where referenced.contains(where: { $0 === b }) {
            out += "    \(id(b)) [label=\"{" + dotEscape("\(n.block(b, in: g))(" + b.inputArgs.map { n.name($0) }.joined(separator: ", ") + ")") + "}\", style=bold];\n"
        }
        out += "  }\n"
    }
    return out + "}\n"
}

/// Escapes text for a plain (non-record) dot label: quotes, backslashes, controls.
func dotEscapePlain(_ s: String) -> String {
    var out = ""
    for ch in s.unicodeScalars {
        switch ch {
        case "\"", "\\": out += "\\" + String(ch)
        case "\n": out += "\\n"
        default:
            if ch.value < 0x20 || ch.value == 0x7F { out += "?" } else { out.unicodeScalars.append(ch) }
        }
    }
    return out
}
