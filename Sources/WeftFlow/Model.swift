// Flow graphs, as in PyPy's rpython/flowspace/model.py and the report's §4.1.1: a graph
// is blocks with input variables (no phi nodes), operations, and links that pass values
// to the next block's inputs. Exceptions are control flow: a block whose exit switch is
// `.lastException` ends with an operation that can raise, and its exits after the first
// are links taken when that operation raises, carrying the exception as fresh variables.
// Invariants (checked by Checker.swift): every variable is defined once — as an input of
// one block, the result of one operation, or an exception variable of one link — and is
// used only inside the block (or on the link) that defines it.

import BigInt
import WeftSyntax

/// A value computed at run time. Identity matters; `id` only names it in printouts.
public final class Variable {
    nonisolated(unsafe) static var counter = 0
    public let id: Int
    /// The Python name it holds, if any ("" for temporaries).
    public var hint: String

    public init(_ hint: String = "") {
        Variable.counter += 1
        id = Variable.counter
        self.hint = hint
    }

    public var name: String { hint.isEmpty ? "v\(id)" : "\(hint)_\(id)" }
}

/// A value known at translation time.
public enum Constant: CustomStringConvertible {
    case none, ellipsis
    /// The value of a local that is not bound (reading it raises UnboundLocalError).
    case undefined
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    case complex(real: Double, imag: Double)
    case str(PyString)
    case bytes([UInt8])
    case tuple([Constant])
    /// The code of a nested function, lambda, comprehension or class body.
    case code(FunctionCode)
    /// A built-in object by name (exception classes for exit cases, `__build_class__`...).
    case builtin(String)

    public static func string(_ s: String) -> Constant { .str(.text(s)) }

    public var description: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .undefined: return "<undefined>"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return i.description
        case .float(let d): return pyRepr(d)
        case .complex(let r, let i):
            return r == 0 && r.sign == .plus ? pyReprImaginary(i) : "(\(pyRepr(r, addDotZero: false))+\(pyReprImaginary(i)))"
        case .str(let s): return pyRepr(s)
        case .bytes(let b): return pyRepr(bytes: b)
        case .tuple(let xs):
            return xs.count == 1 ? "(\(xs[0]),)" : "(" + xs.map { $0.description }.joined(separator: ", ") + ")"
        case .code(let c): return "<code \(c.qualname)>"
        case .builtin(let n): return "<builtin \(n)>"
        }
    }

    /// Identity of constants: floats by bit pattern, code objects by reference.
    public func same(as other: Constant) -> Bool {
        switch (self, other) {
        case (.none, .none), (.ellipsis, .ellipsis), (.undefined, .undefined): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.complex(let a, let b), .complex(let c, let d)): return a.bitPattern == c.bitPattern && b.bitPattern == d.bitPattern
        case (.str(let a), .str(let b)): return a == b
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.tuple(let a), .tuple(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.same(as: $1) }
        case (.code(let a), .code(let b)): return a === b
        case (.builtin(let a), .builtin(let b)): return a == b
        default: return false
        }
    }

    public var stringValue: String? {
        if case .str(let s) = self { return s.asString }
        return nil
    }

    /// A dictionary key for the constant under `same(as:)`.
    public var identity: ConstantIdentity { ConstantIdentity(self) }
}

/// Constants as dictionary keys, equal when `same(as:)` says so (floats by bit pattern,
/// code objects by reference).
public struct ConstantIdentity: Hashable {
    public let constant: Constant
    public init(_ c: Constant) { constant = c }

    public static func == (a: ConstantIdentity, b: ConstantIdentity) -> Bool { a.constant.same(as: b.constant) }

    public func hash(into h: inout Hasher) { Self.hash(constant, into: &h) }

    static func hash(_ c: Constant, into h: inout Hasher) {
        switch c {
        case .none: h.combine(0)
        case .ellipsis: h.combine(1)
        case .undefined: h.combine(2)
        case .bool(let b): h.combine(3); h.combine(b)
        case .int(let i): h.combine(4); h.combine(i)
        case .float(let d): h.combine(5); h.combine(d.bitPattern)
        case .complex(let r, let i): h.combine(6); h.combine(r.bitPattern); h.combine(i.bitPattern)
        case .str(let s):
            // By code points, as PyString's == compares: a .scalars equal to a .text has no
            // lone surrogate, so it hashes as the same UTF-8 (hashed as one buffer).
            h.combine(7)
            switch s {
            case .text(var t): t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
            case .scalars(let u):
                let scalars = u.compactMap { Unicode.Scalar($0) }
                if scalars.count == u.count {
                    var t = String(String.UnicodeScalarView(scalars))
                    t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
                } else {
                    for x in u { h.combine(x) }
                }
            }
        case .bytes(let b): h.combine(8); h.combine(b)
        case .tuple(let xs): h.combine(9); h.combine(xs.count); for x in xs { hash(x, into: &h) }
        case .code(let c): h.combine(10); h.combine(ObjectIdentifier(c))
        case .builtin(let n): h.combine(11); h.combine(n)
        }
    }
}

/// An operation argument, a link argument or an exit switch.
public enum Value: CustomStringConvertible {
    case variable(Variable)
    case constant(Constant)

    public var description: String {
        switch self {
        case .variable(let v): return v.name
        case .constant(let c): return c.description
        }
    }

    public var variable: Variable? {
        if case .variable(let v) = self { return v }
        return nil
    }

    public var constant: Constant? {
        if case .constant(let c) = self { return c }
        return nil
    }

    public static let none = Value.constant(.none)
    public static let undefined = Value.constant(.undefined)
}

/// `result = op(args...)`. `loc` is the source range it came from, for tracebacks.
public struct Operation {
    public var op: OpCode
    public var args: [Value]
    public var result: Variable
    public var loc: Loc

    public init(_ op: OpCode, _ args: [Value], _ result: Variable, loc: Loc) {
        self.op = op
        self.args = args
        self.result = result
        self.loc = loc
    }
}

/// How a block chooses among its exits.
public enum ExitSwitch {
    /// One exit (or none, for the return and except blocks).
    case none
    /// Two exits, taken on False and True: the value must be a bool.
    case value(Value)
    /// The last operation can raise: exits[0] is taken when it does not (unless it never
    /// returns), the other exits in order by the raised exception's class.
    case lastException
}

/// Which exit of a block a link is.
public enum ExitCase: CustomStringConvertible {
    case bool(Bool)
    /// Taken when the exception raised is an instance of this built-in class.
    case exception(String)

    public var description: String {
        switch self {
        case .bool(let b): return b ? "True" : "False"
        case .exception(let n): return n
        }
    }
}

public final class Link {
    public var args: [Value]
    public var target: Block
    public var exitCase: ExitCase?
    /// For exception links: the raised exception's class and value, defined by the link.
    public var lastException: Variable?
    public var lastExcValue: Variable?

    public init(_ args: [Value], _ target: Block, exitCase: ExitCase? = nil) {
        self.args = args
        self.target = target
        self.exitCase = exitCase
    }

    public var isException: Bool { lastExcValue != nil }
}

public final class Block {
    nonisolated(unsafe) static var counter = 0
    public let id: Int
    public var inputArgs: [Variable]
    public var operations: [Operation] = []
    public var exitSwitch: ExitSwitch = .none
    public var exits: [Link] = []

    public init(_ inputArgs: [Variable]) {
        Block.counter += 1
        id = Block.counter
        self.inputArgs = inputArgs
    }

    /// The return and except blocks have no exits.
    public var isFinal: Bool { exits.isEmpty }
}

/// One function's flow graph. The return block takes the return value; the except
/// block takes an exception's class and value and propagates it to the caller.
public final class Graph {
    public var name: String
    public var startBlock: Block
    public let returnBlock: Block
    public let exceptBlock: Block

    /// The blocks a pass says the graph has (set by `cleanup()`); the checker verifies
    /// that each is reachable. nil: the graph is just what is reachable.
    public var registeredBlocks: [Block]?

    public init(name: String, startBlock: Block) {
        self.name = name
        self.startBlock = startBlock
        returnBlock = Block([Variable("result")])
        exceptBlock = Block([Variable("etype"), Variable("evalue")])
    }

    /// Blocks reachable from the start block, depth first, each once, in a stable order.
    public var blocks: [Block] {
        var seen = IDSet()
        var out: [Block] = []
        var stack = [startBlock]
        while let b = stack.popLast() {
            guard seen.insert(b) else { continue }
            out.append(b)
            for l in b.exits.reversed() where !seen.contains(l.target) {
                stack.append(l.target)
            }
        }
        return out
    }

    /// Records the reachable blocks as the graph's blocks (after a pass has finished).
    public func cleanup() {
        registeredBlocks = blocks
    }

    /// Predecessor links of every reachable block.
    public func predecessors() -> [ObjectIdentifier: [Link]] {
        var preds: [ObjectIdentifier: [Link]] = [:]
        for b in blocks {
            for l in b.exits { preds[ObjectIdentifier(l.target), default: []].append(l) }
        }
        return preds
    }
}

/// A code object: what `def`, `lambda`, a comprehension, a class body or a module
/// compiles to — its graph and how calls bind arguments to the graph's inputs.
public final class FunctionCode {
    public let name: String
    public let qualname: String
    public let kind: Scope.Kind
    /// The flow graph, built on first use when the code was compiled lazily (see
    /// `buildProgram(_:library:)`): library code that is never called is never built.
    public var graph: Graph {
        if let build = pendingBuild {
            pendingBuild = nil
            build()
        }
        return builtGraph
    }
    let builtGraph: Graph
    /// Fills `builtGraph` and `children`; nil once done (or for eagerly built code).
    var pendingBuild: (() -> Void)?
    /// Whether the graph has been built: `children` is complete only then.
    public var isBuilt: Bool { pendingBuild == nil }
    /// Library code (the prelude, frozen modules): tracebacks do not show its frames.
    public let isLibrary: Bool
    /// Parameter names in order: positional-only, positional, *args, keyword-only, **kwargs.
    public let parameters: [String]
    public let posOnlyCount: Int
    /// Positional parameters, positional-only ones included.
    public let argCount: Int
    public let kwOnlyCount: Int
    public let hasVarargs: Bool
    public let hasVarkw: Bool
    /// Names of the closure cells this code receives (its free variables), in order.
    /// The start block's inputs are the parameters followed by these cells.
    public let freevars: [String]
    /// Locals that nested code captures: created as cells in the start block.
    public let cellvars: [String]
    public let isGenerator: Bool
    public let isCoroutine: Bool
    public let filename: String
    public let firstLine: Int
    /// The docstring, when the body starts with a string literal.
    public let docstring: String?
    /// Code objects created by this one, in source order (once built).
    public var children: [FunctionCode] = []

    init(name: String, qualname: String, kind: Scope.Kind, graph: Graph, parameters: [String],
         posOnlyCount: Int, argCount: Int, kwOnlyCount: Int, hasVarargs: Bool, hasVarkw: Bool,
         freevars: [String], cellvars: [String], isGenerator: Bool, isCoroutine: Bool,
         filename: String, firstLine: Int, docstring: String?, isLibrary: Bool) {
        self.name = name; self.qualname = qualname; self.kind = kind; self.builtGraph = graph
        self.isLibrary = isLibrary
        self.parameters = parameters; self.posOnlyCount = posOnlyCount; self.argCount = argCount
        self.kwOnlyCount = kwOnlyCount; self.hasVarargs = hasVarargs; self.hasVarkw = hasVarkw
        self.freevars = freevars; self.cellvars = cellvars; self.isGenerator = isGenerator
        self.isCoroutine = isCoroutine; self.filename = filename; self.firstLine = firstLine
        self.docstring = docstring
    }

    /// This code and every code nested in it, depth first (building lazy code).
    public var allCodes: [FunctionCode] {
        _ = graph
        var out: [FunctionCode] = [self]
        for c in children { out.append(contentsOf: c.allCodes) }
        return out
    }
}
