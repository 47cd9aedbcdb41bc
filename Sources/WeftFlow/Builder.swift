// Builds the flow graph of one code object from its AST, the way CPython's compiler
// walks the tree but producing blocks and links instead of bytecode. The frame state
// is explicit: `slots` holds the current value of every fast local and hidden temporary
// (locals become block arguments, never mutable cells of the graph), `stack` holds
// expression temporaries that must survive a block split. Any Swift variable holding a
// Value across the compilation of a subexpression must keep it on `stack`: inside a
// `try`, every operation that can raise ends its block, renaming everything live.

import BigInt
import WeftSyntax

/// What a `return`, `break` or `continue` must undo on its way out (CPython's fblocks),
/// and how many exception handlers were active outside it.
struct FBlock {
    var kind: FBlockKind
    var handlerDepth: Int
}

enum FBlockKind {
    case loop(breakTo: JoinPoint, continueTo: JoinPoint)
    case tryExcept
    /// A finally body to compile inline when leaving through it.
    case finallyTry([Stmt])
    /// Inside a finally body run for an exception: restore the handled exception.
    case finallyEnd(prevSlot: Int)
    /// Leaving a with block calls __exit__(None, None, None).
    case with(exitSlot: Int, loc: Loc, isAsync: Bool)
    /// Leaving an except handler restores the previously handled exception and unbinds
    /// the `as` name.
    case handlerCleanup(prevSlot: Int, name: String?)
}

/// A block with several predecessors; created when the first jump reaches it, with one
/// input per slot and stack entry at that point.
final class JoinPoint {
    let slotCount: Int
    let stackCount: Int
    var block: Block?
    init(slotCount: Int, stackCount: Int) {
        self.slotCount = slotCount
        self.stackCount = stackCount
    }
}

/// Where exceptions raised inside a protected region go: a landing block taking the
/// slots that existed when the region began, then the exception's class and value.
final class Handler {
    let slotCount: Int
    var block: Block?
    init(slotCount: Int) { self.slotCount = slotCount }
}

/// State shared by the builders of every code object of one module.
final class BuildContext {
    let source: SourceFile
    let futureAnnotations: Bool
    /// Library code: function bodies are built lazily, and frames are hidden.
    let library: Bool
    init(source: SourceFile, futureAnnotations: Bool, library: Bool) {
        self.source = source
        self.futureAnnotations = futureAnnotations
        self.library = library
    }

    func error(_ message: String, at loc: Loc, _ kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        SyntaxError(kind, message, path: source.path, line: Int(loc.line), col: Int(loc.col),
                    endLine: Int(loc.endLine), endCol: Int(loc.endCol), sourceLine: source.lineText(Int(loc.line)))
    }

    func unsupported(_ construct: String, at loc: Loc) -> SyntaxError {
        error("\(construct) is not supported by Weft yet", at: loc, .notImplemented)
    }
}

/// Builds the flow graphs of a parsed module: the module's code, with every nested
/// code object among its descendants. Runs the symbol table first.
///
/// `library`: the module is Weft's own library code (the prelude, frozen modules), known
/// to compile. Its function bodies are built when first needed (`FunctionCode.graph`):
/// most of the library is never called, and start-up must not pay for it. Their
/// compile-time errors would then surface late, so user code is always built at once.
public func buildProgram(_ module: Module, library: Bool = false) throws(SyntaxError) -> FunctionCode {
    // The builder recurses once per nesting level of the tree: give it a deep stack.
    let result: Result<FunctionCode, SyntaxError> = withLargeStack {
        do throws(SyntaxError) { return .success(try buildProgramOnThisStack(module, library: library)) } catch { return .failure(error) }
    }
    let code = try result.get()
    #if DEBUG
    // Debug and test builds check every graph as soon as it is built.
    do { try checkCode(code) } catch { preconditionFailure("graph builder produced a broken graph: \(error)") }
    #endif
    return code
}

func buildProgramOnThisStack(_ module: Module, library: Bool) throws(SyntaxError) -> FunctionCode {
    let scope = try buildSymtable(module, library: library)
    try checkCompilerErrors(module)
    let future = module.body.contains { s in
        if case .importFrom(let m, let names, _) = s.kind, m == "__future__" {
            return names.contains { $0.name == "annotations" }
        }
        return false
    }
    let ctx = BuildContext(source: module.source, futureAnnotations: future, library: library)
    let b = GraphBuilder(ctx: ctx, scope: scope, name: "<module>", firstLine: 1, loc: Loc(line: 1, col: 0, endLine: 1, endCol: 0))
    return try b.buildModule(module)
}

final class GraphBuilder {
    let ctx: BuildContext
    let scope: Scope
    let graph: Graph
    let codeName: String
    let firstLine: Int
    var children: [FunctionCode] = []

    // The frame state.
    var slots: [Value] = []
    var slotHints: [String] = []
    var slotOf: [String: Int] = [:]
    var stack: [Value] = []
    /// Variables known to hold a bound value (not `undefined`).
    var defined = Set<ObjectIdentifier>()

    var current: Block
    var reachable = true
    var fblocks: [FBlock] = []
    var handlers: [Handler] = []
    /// The source range of the statement or expression being compiled.
    var loc: Loc
    /// The class namespace (class bodies only): the slot holding it.
    var namespaceSlot: Int?
    /// The innermost enclosing class name, for private name mangling.
    var privateName: String?

    init(ctx: BuildContext, scope: Scope, name: String, firstLine: Int, loc: Loc) {
        self.ctx = ctx
        self.scope = scope
        self.codeName = name
        self.firstLine = firstLine
        self.loc = loc
        let start = Block([])
        current = start
        graph = Graph(name: scope.qualname, startBlock: start)
    }

    // MARK: slots

    /// Declares a slot for a fast local, a cell or a hidden temporary.
    @discardableResult
    func addSlot(_ hint: String, _ value: Value) -> Int {
        slots.append(value)
        slotHints.append(hint)
        return slots.count - 1
    }

    /// A hidden temporary holding `value`; free it with `freeSlot` in LIFO order.
    func tempSlot(_ hint: String, _ value: Value) -> Int {
        addSlot("$" + hint, value)
    }

    func freeSlot(_ s: Int) {
        precondition(s == slots.count - 1, "hidden slots are freed in LIFO order")
        slots.removeLast()
        slotHints.removeLast()
    }

    func push(_ v: Value) { stack.append(v) }
    func pop() -> Value { stack.removeLast() }

    // MARK: emitting operations

    /// Appends `op` to the current block. Inside a protected region, an operation that
    /// can raise ends the block: the normal exit goes to a new block that receives every
    /// live value, the exception exit to the innermost handler.
    @discardableResult
    func emit(_ op: OpCode, _ args: [Value], _ at: Loc? = nil, hint: String = "") -> Value {
        let r = Variable(hint)
        current.operations.append(Operation(op, args, r, loc: at ?? loc))
        defined.insert(ObjectIdentifier(r))
        if op.noReturn {
            endWithRaise()
            return .undefined
        }
        if op.canRaise, let h = handlers.last {
            return splitAfterRaise(to: h, result: .variable(r))
        }
        return .variable(r)
    }

    /// Ends the current block (its last operation can raise) with a normal exit to a
    /// fresh block, then `extraExits`, then an exception exit to the innermost handler if
    /// there is one; returns `result` as seen in the new block.
    func splitAfterRaise(to h: Handler?, result: Value, extraExits: [Link] = []) -> Value {
        current.exitSwitch = .lastException
        var carried: [Variable] = []
        var mapping: [ObjectIdentifier: Variable] = [:]
        func carry(_ v: Value) -> Value {
            guard let x = v.variable else { return v }
            if let y = mapping[ObjectIdentifier(x)] { return .variable(y) }
            let y = Variable(x.hint)
            if defined.contains(ObjectIdentifier(x)) { defined.insert(ObjectIdentifier(y)) }
            mapping[ObjectIdentifier(x)] = y
            carried.append(x)
            return .variable(y)
        }
        let newSlots = slots.map(carry)
        let newStack = stack.map(carry)
        let newResult = carry(result)
        let next = Block(carried.map { mapping[ObjectIdentifier($0)]! })
        let normal = Link(carried.map { .variable($0) }, next)
        current.exits = [normal] + extraExits
        if let h = h { current.exits.append(exceptionLink(to: h)) }
        current = next
        slots = newSlots
        stack = newStack
        return newResult
    }

    /// A link from the current block to handler `h`, passing its slots and the exception.
    func exceptionLink(to h: Handler, exitCase: String = "BaseException") -> Link {
        let etype = Variable("etype"), evalue = Variable("evalue")
        let target = landing(h)
        let link = Link(Array(slots.prefix(h.slotCount)) + [.variable(etype), .variable(evalue)], target,
                        exitCase: .exception(exitCase))
        link.lastException = etype
        link.lastExcValue = evalue
        return link
    }

    func landing(_ h: Handler) -> Block {
        if let b = h.block { return b }
        var inputs = (0..<h.slotCount).map { Variable(slotHints[$0].hasPrefix("$") ? "" : slotHints[$0]) }
        inputs += [Variable("etype"), Variable("evalue")]
        let b = Block(inputs)
        h.block = b
        return b
    }

    /// After an operation that never returns: the block's exits are exception links only.
    func endWithRaise() {
        current.exitSwitch = .lastException
        if let h = handlers.last {
            current.exits = [exceptionLink(to: h)]
        } else {
            let etype = Variable("etype"), evalue = Variable("evalue")
            let link = Link([.variable(etype), .variable(evalue)], graph.exceptBlock, exitCase: .exception("BaseException"))
            link.lastException = etype
            link.lastExcValue = evalue
            current.exits = [link]
        }
        becomeUnreachable()
    }

    /// Continues in a fresh block that nothing links to: code after return, raise,
    /// break or continue is still compiled (for its errors) but is dead.
    func becomeUnreachable() {
        let fresh = (slots + stack).map { _ in Variable() }
        current = Block(fresh)
        slots = Array(fresh.prefix(slots.count).map { .variable($0) })
        stack = Array(fresh.suffix(stack.count).map { .variable($0) })
        reachable = false
    }

    // MARK: control flow

    func newJoin() -> JoinPoint { JoinPoint(slotCount: slots.count, stackCount: stack.count) }

    /// Links the current block to `j` (creating its block on first use).
    func jump(_ j: JoinPoint) {
        guard reachable else { return }
        current.exits = [Link(jumpArgs(j), joinBlock(j))]
        current.exitSwitch = .none
        becomeUnreachable()
    }

    func jumpArgs(_ j: JoinPoint) -> [Value] {
        precondition(slots.count >= j.slotCount && stack.count >= j.stackCount, "join point arity")
        return Array(slots.prefix(j.slotCount)) + Array(stack.prefix(j.stackCount))
    }

    func joinBlock(_ j: JoinPoint) -> Block {
        if let b = j.block { return b }
        let inputs = (0..<(j.slotCount + j.stackCount)).map { k in
            Variable(k < j.slotCount && !slotHints[k].hasPrefix("$") ? slotHints[k] : "")
        }
        let b = Block(inputs)
        j.block = b
        return b
    }

    /// Continues compiling at `j`: its inputs become the slots and stack. A join point no
    /// one jumped to is unreachable.
    func enter(_ j: JoinPoint) {
        guard let b = j.block else {
            slots.removeLast(slots.count - j.slotCount)
            stack.removeLast(stack.count - j.stackCount)
            becomeUnreachable()
            return
        }
        current = b
        reachable = true
        slots = b.inputArgs.prefix(j.slotCount).map { .variable($0) }
        stack = b.inputArgs.suffix(j.stackCount).map { .variable($0) }
    }

    /// Ends the current block with a two-way switch on `test` (a bool value).
    func branch(_ test: Value, ifFalse: JoinPoint, ifTrue: JoinPoint) {
        guard reachable else { return }
        if case .constant(.bool(let b)) = test {
            jump(b ? ifTrue : ifFalse)
            return
        }
        let f = Link(jumpArgs(ifFalse), joinBlock(ifFalse), exitCase: .bool(false))
        let t = Link(jumpArgs(ifTrue), joinBlock(ifTrue), exitCase: .bool(true))
        current.exitSwitch = .value(test)
        current.exits = [f, t]
        becomeUnreachable()
    }

    /// Enters a handler's landing block: slots as they were when its region began,
    /// then returns the exception value.
    func enterLanding(_ h: Handler) -> Value {
        let b = h.block!
        current = b
        reachable = true
        slots = b.inputArgs.prefix(h.slotCount).map { .variable($0) }
        if slotHints.count > h.slotCount { slotHints.removeLast(slotHints.count - h.slotCount) }
        stack = []
        let evalue = b.inputArgs[h.slotCount + 1]
        defined.insert(ObjectIdentifier(evalue))
        return .variable(evalue)
    }

    // MARK: errors

    func error(_ message: String, at l: Loc? = nil) -> SyntaxError {
        ctx.error(message, at: l ?? loc)
    }
}
