// The abstract syntax tree: the node kinds and fields of CPython 3.11's `ast` module
// (Parser/Python.asdl), so that `weft ast` can print exactly what `ast.dump` prints.
// Nodes that open a scope (functions, classes, lambdas, comprehensions) are classes so
// that scope analysis can attach its result to them; everything else is a value.

import BigInt

/// A source span: 1-based lines, 0-based UTF-8 byte columns, end exclusive (CPython's).
public struct Loc: Equatable, Sendable {
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32
    public init(line: Int32, col: Int32, endLine: Int32, endCol: Int32) {
        self.line = line; self.col = col; self.endLine = endLine; self.endCol = endCol
    }
    public static let none = Loc(line: 0, col: 0, endLine: 0, endCol: 0)
    /// From the start of `a` to the end of `b`.
    public static func span(_ a: Loc, _ b: Loc) -> Loc {
        Loc(line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol)
    }
}

public enum ExprContext: Sendable { case load, store, del }
public enum BoolOperator: Sendable { case and, or }
public enum BinaryOperator: Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}
public enum UnaryOperator: Sendable { case invert, not, uAdd, uSub }
public enum CmpOperator: Sendable { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

/// A Python str that may hold lone surrogates, which Swift's String cannot.
public enum PyString: Equatable, Sendable {
    case text(String)
    case scalars([UInt32])
    public var asString: String {
        switch self {
        case .text(let s): return s
        case .scalars(let u): return String(String.UnicodeScalarView(u.map { Unicode.Scalar($0) ?? "\u{FFFD}" }))
        }
    }
    public var codePoints: [UInt32] {
        switch self {
        case .text(let s): return s.unicodeScalars.map { $0.value }
        case .scalars(let u): return u
        }
    }
    /// Code point by code point: Swift's String == would make "é" equal "e\u{301}".
    public static func == (a: PyString, b: PyString) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        default: return a.codePoints == b.codePoints
        }
    }
}

/// The value of a `Constant` node.
public enum ConstantValue: Equatable, Sendable {
    case none, ellipsis
    case bool(Bool)
    case int(BigInt)
    case float(Double)
    /// An imaginary literal: complex(0, imag).
    case imaginary(Double)
    case str(PyString)
    case bytes([UInt8])
}

public struct Expr {
    public var kind: ExprKind
    public var loc: Loc
    public init(_ kind: ExprKind, _ loc: Loc) { self.kind = kind; self.loc = loc }
}

public indirect enum ExprKind {
    case boolOp(BoolOperator, [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(Expr, BinaryOperator, Expr)
    case unaryOp(UnaryOperator, Expr)
    case lambda(Lambda)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// `keys[i] == nil` is a `**mapping` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(Comprehension)
    case setComp(Comprehension)
    case dictComp(Comprehension)
    case generatorExp(Comprehension)
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CmpOperator], [Expr])
    case call(Expr, args: [Expr], keywords: [Keyword])
    /// conversion: -1 none, or the code of 's', 'r', 'a'.
    case formattedValue(Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr([Expr])
    /// kind is "u" for u-prefixed strings.
    case constant(ConstantValue, kind: String?)
    case attribute(Expr, String, ExprContext)
    case `subscript`(Expr, Expr, ExprContext)
    case starred(Expr, ExprContext)
    case name(String, ExprContext)
    case list([Expr], ExprContext)
    case tuple([Expr], ExprContext)
    case slice(Expr?, Expr?, Expr?)
}

public struct Stmt {
    public var kind: StmtKind
    public var loc: Loc
    public init(_ kind: StmtKind, _ loc: Loc) { self.kind = kind; self.loc = loc }
}

public indirect enum StmtKind {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(Expr, BinaryOperator, Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `while`(Expr, body: [Stmt], orelse: [Stmt])
    case `if`(Expr, body: [Stmt], orelse: [Stmt])
    case with([WithItem], body: [Stmt], isAsync: Bool)
    case match(Expr, [MatchCase])
    case raise(Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], isStar: Bool)
    case assert(Expr, Expr?)
    case `import`([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass, `break`, `continue`
}

public struct Arg {
    public var name: String
    public var annotation: Expr?
    public var loc: Loc
}

public struct Arguments {
    public var posonlyargs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg?
    public var kwonlyargs: [Arg] = []
    /// One per keyword-only argument; nil when it has no default.
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg?
    /// Defaults of the last positional parameters.
    public var defaults: [Expr] = []
    public init() {}
}

public struct Keyword {
    /// nil for `**mapping`.
    public var arg: String?
    public var value: Expr
    public var loc: Loc
}

public struct Alias {
    public var name: String
    public var asname: String?
    public var loc: Loc
}

public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
}

public struct ExceptHandler {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: Loc
}

public struct MatchCase {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
}

public struct Pattern {
    public var kind: PatternKind
    public var loc: Loc
    public init(_ kind: PatternKind, _ loc: Loc) { self.kind = kind; self.loc = loc }
}

public indirect enum PatternKind {
    case matchValue(Expr)
    case matchSingleton(ConstantValue)
    case matchSequence([Pattern])
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    case matchStar(String?)
    case matchAs(Pattern?, name: String?)
    case matchOr([Pattern])
}

/// `for target in iter if ifs...` inside a comprehension.
public struct ComprehensionFor {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
}

/// Anything that opens a scope carries the scope analysis result here.
public class ScopeNode {
    public var scope: Scope?
}

public final class FunctionDef: ScopeNode {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public var loc: Loc
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool, loc: Loc) {
        self.name = name; self.args = args; self.body = body; self.decorators = decorators
        self.returns = returns; self.isAsync = isAsync; self.loc = loc
    }
}

public final class ClassDef: ScopeNode {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public var loc: Loc
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr], loc: Loc) {
        self.name = name; self.bases = bases; self.keywords = keywords; self.body = body
        self.decorators = decorators; self.loc = loc
    }
}

public final class Lambda: ScopeNode {
    public var args: Arguments
    public var body: Expr
    public init(args: Arguments, body: Expr) { self.args = args; self.body = body }
}

/// List, set, dict comprehensions and generator expressions.
public final class Comprehension: ScopeNode {
    /// The element; for a dict comprehension, the key.
    public var elt: Expr
    /// The value of a dict comprehension.
    public var value: Expr?
    public var generators: [ComprehensionFor]
    public init(elt: Expr, value: Expr? = nil, generators: [ComprehensionFor]) {
        self.elt = elt; self.value = value; self.generators = generators
    }
}

public final class Module: ScopeNode {
    public var body: [Stmt]
    public let source: SourceFile
    public init(body: [Stmt], source: SourceFile) { self.body = body; self.source = source }
}
