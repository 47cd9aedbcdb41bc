// Tokens of Python 3.11. Keywords and every operator get their own kind, so the parser
// switches on one byte; soft keywords (match, case, _) stay names.

public enum TokenKind: UInt8, Sendable {
    case endMarker, name, number, string, newline, indent, dedent, errorToken
    /// A character no rule accepts ('$', '?', '!', '`', and '<>'): CPython's tokenizer passes
    /// it on as an operator and its parser fails there, so tokenizing goes on after it.
    case invalid
    // Brackets and punctuation.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace, colon, comma, semi, dot, ellipsis, rarrow, colonEqual, at
    // Operators.
    case plus, minus, star, slash, vbar, amper, less, greater, equal, percent, tilde, circumflex
    case equalEqual, notEqual, lessEqual, greaterEqual, leftShift, rightShift, doubleStar, doubleSlash
    case plusEqual, minusEqual, starEqual, slashEqual, percentEqual, amperEqual, vbarEqual
    case circumflexEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlashEqual, atEqual
    // Keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// Augmented-assignment operators map to their binary operator.
    var augmentedOperator: BinaryOperator? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }
}

let keywordTable: [String: TokenKind] = [
    "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
    "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
    "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
    "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
    "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
    "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
    "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
    "yield": .kwYield,
]

/// One token. Positions are CPython's: 1-based lines, 0-based UTF-8 byte columns.
public struct Token: Sendable {
    public var kind: TokenKind
    /// Byte range in the source text.
    public var start: Int32
    public var end: Int32
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32
    /// A non-ASCII name, whose identifier is its NFKC normalization (PEP 3131).
    public var normalized = false
}
