// The symbol table: for every scope of a module, where each name it uses lives, with
// CPython 3.11's answers (Python/symtable.c for scopes, compile.c for co_varnames,
// co_cellvars, co_freevars and __qualname__). Names are stored mangled, as CPython does.
//
// buildSymtable runs CPython's passes in its order: future statements (future.c), then
// the collecting visit (SymtableVisit.swift), the analysis (SymtableAnalyze.swift), and
// a walk in the compiler's order that finds co_varnames (SymtableCompileOrder.swift).

/// Where a name lives, as seen from one scope (CPython's LOCAL, CELL, FREE,
/// GLOBAL_EXPLICIT, GLOBAL_IMPLICIT). At module level bound names are `.local`.
public enum SymbolScope: Sendable { case local, cell, free, globalExplicit, globalImplicit }

/// One block of code: the module, a class body, a function, a lambda or a comprehension.
public final class Scope {
    public enum Kind: Sendable { case module, function, classBody, lambda, comprehension }
    public let kind: Kind
    /// "top" for the module; the function/class name; "<lambda>", "<listcomp>", "<setcomp>",
    /// "<dictcomp>", "<genexpr>".
    public let name: String
    /// __qualname__ (co_qualname) as CPython computes it: "f.<locals>.g", "C.m",
    /// "f.<locals>.<listcomp>"; "<module>" for the module; a function declared global in
    /// its parent has its bare name.
    public internal(set) var qualname: String
    public internal(set) weak var parent: Scope?
    /// Nested scopes in the order CPython's symtable meets them.
    public internal(set) var children: [Scope] = []
    /// Resolution of every (mangled) name used or bound here, including names free here
    /// only because a nested scope needs them passed through.
    public internal(set) var symbols: [String: SymbolScope] = [:]
    /// Parameter names in co_varnames order, which is CPython's: positional-only, regular,
    /// keyword-only, then *vararg and **kwarg (keyword-only come before *args). A
    /// comprehension has the single parameter ".0".
    public internal(set) var parameters: [String] = []
    /// co_varnames: the parameters, then the other `.local` names in the order the
    /// compiler first meets them. Cells that are not parameters are not here.
    public internal(set) var varnames: [String] = []
    /// co_cellvars: parameters that are cells (in parameter order), then the other cells
    /// sorted; a class that needs it has the single cell "__class__".
    public internal(set) var cellvars: [String] = []
    /// co_freevars, sorted. A class body also lists names it binds or declares global
    /// that its methods use freely (CPython's DEF_FREE_CLASS): it passes their cells on.
    public internal(set) var freevars: [String] = []
    /// Contains yield or yield from; every generator expression is one.
    public internal(set) var isGenerator = false
    /// async def; a comprehension with await or async for (a list, set or dict
    /// comprehension with them also makes its enclosing scope a coroutine, as in CPython).
    public internal(set) var isCoroutine = false
    /// Class scope only: some method uses `super` or `__class__`, so the class body
    /// creates a __class__ cell (CPython's ste_needs_class_closure).
    public internal(set) var needsClassClosure = false

    /// Line of the `def`/`class` keyword or of the lambda/comprehension (ste_lineno).
    public let line: Int
    /// co_firstlineno: the first decorator's line for a decorated def or class; 1 for the module.
    public internal(set) var firstLine: Int
    /// The class name that private names (`__x`) are mangled with here: the innermost
    /// enclosing class, or this class for a class body; nil outside classes.
    public internal(set) var privateName: String?
    /// CPython's ste_nested: inside a function-like scope (CO_NESTED).
    public internal(set) var isNested = false
    /// Has *args / **kwargs (CO_VARARGS, CO_VARKEYWORDS).
    public internal(set) var hasVarargs = false
    public internal(set) var hasVarkeywords = false
    /// The node this scope belongs to (the Module for the module's scope).
    public internal(set) weak var node: ScopeNode?

    // MARK: state of the collecting pass (symtable.c's ste_* fields)

    /// Raw flags per mangled name, with the names' insertion order (CPython iterates
    /// ste_symbols in that order, which decides which error is reported first).
    var flags: [String: SymbolFlags] = [:]
    var flagOrder: [String] = []
    /// Location of the first global/nonlocal directive (or walrus binding) per name.
    var directives: [String: Loc] = [:]
    var compIterTarget = false
    var compIterExpr = 0
    var comprehensionKind: ComprehensionKind?
    /// A `from __future__ import annotations` annotation: names seen there bind nothing.
    var isAnnotationBlock = false
    /// Module only: the first error the compiler would raise (see checkCompilerErrors).
    var compilerError: SyntaxError?

    init(kind: Kind, name: String, line: Int, firstLine: Int, privateName: String?) {
        self.kind = kind
        self.name = name
        self.qualname = name
        self.line = line
        self.firstLine = firstLine
        self.privateName = privateName
    }

    /// symbols[name], after mangling `name` as the compiler does in this scope (a name
    /// that is already mangled is unchanged by mangling again).
    public func scope(of name: String) -> SymbolScope? { symbols[mangle(name)] }

    /// Private name mangling: `__x` inside class C is `_C__x`; dunder names, dotted names
    /// and names in a class named only with underscores are left alone (_Py_Mangle).
    public func mangle(_ name: String) -> String { mangleName(name, privateName) }

    /// Function, lambda or comprehension: CPython's FunctionBlock.
    public var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    var blockType: BlockType {
        if isAnnotationBlock { return .annotation }
        switch kind {
        case .module: return .module
        case .classBody: return .classBlock
        default: return .function
        }
    }

    func setFlags(_ name: String, _ f: SymbolFlags) {
        if flags.updateValue(f, forKey: name) == nil { flagOrder.append(name) }
    }
}

/// Analyses a parsed module: sets `scope` on every ScopeNode in it and returns the
/// module's scope. Throws the SyntaxErrors that CPython raises before and while building
/// its symbol table (future.c and symtable.c), with CPython's message and location.
/// Errors that CPython's compiler raises later are found by `checkCompilerErrors`.
///
/// `library`: Weft's own library code, known to compile. The compile-order walk is
/// skipped: it finds only compiler errors and the order of co_varnames, and the order of
/// a library function's locals is not observable (function locals have no names at run
/// time). The walk was a quarter of the symbol table's cost for the prelude.
public func buildSymtable(_ module: Module, library: Bool = false) throws(SyntaxError) -> Scope {
    // The passes recurse once per nesting level, as the parser does (see Stack.swift).
    try withLargeStack { () -> Result<Scope, SyntaxError> in
        do throws(SyntaxError) { return .success(try buildOnThisStack(module, library: library)) } catch { return .failure(error) }
    }.get()
}

private func buildOnThisStack(_ module: Module, library: Bool) throws(SyntaxError) -> Scope {
    let future = try parseFuture(module)
    let builder = SymtableBuilder(module: module, futureAnnotations: future.annotations)
    try builder.visitModule()
    let analyzer = SymtableAnalyzer(source: module.source)
    try analyzer.analyze(builder.top)
    computeCodeInfo(builder.top)
    for block in builder.annotationBlocks {
        analyzer.analyzeOrphans(of: block)
        for c in block.children { computeCodeInfo(c) }
    }
    if library { return builder.top }
    let walk = CompileOrderWalk(source: module.source, futureLine: future.lastLine,
                                futureAnnotations: future.annotations, top: builder.top)
    walk.stmts(module.body)
    builder.top.compilerError = walk.firstError
    return builder.top
}

/// The first error CPython's compiler would raise for a module whose symbol table
/// builds: 'return' outside function, 'break' outside loop, 'await' outside async
/// function, a late `from __future__` import, match patterns that bind badly, and their
/// kin. Not checked here: starred assignment targets, repeated keyword arguments,
/// duplicate mapping-pattern keys and assignments to __debug__. Builds the symbol table
/// first if `module.scope` is not set.
public func checkCompilerErrors(_ module: Module) throws(SyntaxError) {
    var top = module.scope
    if top == nil { top = try buildSymtable(module) }
    if let e = top?.compilerError { throw e }
}

// MARK: internals shared by the passes

enum BlockType { case function, classBlock, module, annotation }

enum ComprehensionKind {
    case list, set, dict, generator
    var scopeName: String {
        switch self {
        case .list: return "<listcomp>"
        case .set: return "<setcomp>"
        case .dict: return "<dictcomp>"
        case .generator: return "<genexpr>"
        }
    }
    var yieldMessage: String {
        switch self {
        case .list: return "'yield' inside list comprehension"
        case .set: return "'yield' inside set comprehension"
        case .dict: return "'yield' inside dict comprehension"
        case .generator: return "'yield' inside generator expression"
        }
    }
}

/// symtable.h's DEF_* bits for one name in one scope.
struct SymbolFlags: OptionSet {
    let rawValue: UInt16
    static let global = SymbolFlags(rawValue: 1 << 0)     // global statement
    static let local = SymbolFlags(rawValue: 1 << 1)      // bound here
    static let param = SymbolFlags(rawValue: 1 << 2)
    static let nonlocal = SymbolFlags(rawValue: 1 << 3)
    static let use = SymbolFlags(rawValue: 1 << 4)
    static let freeClass = SymbolFlags(rawValue: 1 << 6)  // free in a method, bound in the class
    static let imported = SymbolFlags(rawValue: 1 << 7)
    static let annotated = SymbolFlags(rawValue: 1 << 8)
    static let compIter = SymbolFlags(rawValue: 1 << 9)   // comprehension iteration variable
    static let bound: SymbolFlags = [.local, .param, .imported]
}

func mangleName(_ name: String, _ privateName: String?) -> String {
    guard let cls = privateName else { return name }
    // By code point, as CPython does (a Character may join "_" to a combining mark).
    let underscore = UInt8(ascii: "_"), u = name.utf8
    guard u.starts(with: [underscore, underscore]) else { return name }
    if u.count < 3 || u.suffix(2).elementsEqual([underscore, underscore]) || u.contains(UInt8(ascii: ".")) {
        return name
    }
    let stripped = cls.utf8.drop(while: { $0 == underscore })
    if stripped.isEmpty { return name }
    return "_" + String(decoding: stripped, as: UTF8.self) + name
}

/// An error located where CPython's symtable and compiler locate theirs: the node's
/// span, with columns counted in UTF-8 bytes (they never convert to characters).
func locatedError(_ source: SourceFile, _ message: String, _ l: Loc, ranged: Bool = true) -> SyntaxError {
    var e = SyntaxError(.syntax, message, path: source.path, line: Int(l.line), col: Int(l.col),
                        endLine: Int(ranged ? l.endLine : l.line), endCol: ranged ? Int(l.endCol) : -1,
                        sourceLine: source.lineText(Int(l.line)))
    e.byteOffsets = true
    return e
}

/// Sorted as CPython sorts str keys: by code point, which is UTF-8 byte order.
func codePointSorted<S: Sequence>(_ names: S) -> [String] where S.Element == String {
    names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
}
