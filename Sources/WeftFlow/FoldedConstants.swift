// Which expressions CPython 3.11's AST optimizer (Python/ast_opt.c) folds into constants.
// Weft computes such expressions at run time like any other; it only needs to know which
// ones CPython folds where that is observable: a set display of three or more constants
// becomes a frozenset constant, whose construction decides the set's iteration order.
// The size limits are ast_opt.c's safe_multiply / safe_power / safe_lshift (128 bits).

import BigInt
import WeftSyntax

/// What a folded constant is, as far as further folding needs to know.
enum FoldedConstant {
    case int(BigInt)            // bool included
    case float(Double)
    case other                  // str, bytes, None, tuples, complex...
}

private let maxIntBits = 128

/// The folded value of `e` if CPython's optimizer makes it a constant, else nil.
func foldedConstant(_ e: Expr) -> FoldedConstant? {
    switch e.kind {
    case .constant(let c, _):
        switch c {
        case .int(let v): return .int(v)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        default: return .other
        }
    case .tuple(let elts, .load):
        for x in elts where foldedConstant(x) == nil { return nil }
        return .other
    case .unaryOp(let op, let x):
        guard let v = foldedConstant(x) else { return nil }
        switch (op, v) {
        case (.not, _): return .other
        case (.uSub, .int(let i)): return .int(-i)
        case (.uAdd, .int), (.uAdd, .float): return v
        case (.invert, .int(let i)): return .int(-i - 1)
        case (.uSub, .float(let d)): return .float(-d)
        default: return nil
        }
    case .binOp(let l, let op, let r):
        guard let a = foldedConstant(l), let b = foldedConstant(r) else { return nil }
        return foldBinary(a, op, b)
    default:
        return nil
    }
}

private func foldBinary(_ a: FoldedConstant, _ op: BinaryOperator, _ b: FoldedConstant) -> FoldedConstant? {
    switch (a, b) {
    case (.int(let x), .int(let y)):
        switch op {
        case .add: return .int(x + y)
        case .sub: return .int(x - y)
        case .mult:
            if x != 0 && y != 0 && x.magnitude.bitWidth + y.magnitude.bitWidth > maxIntBits { return nil }
            return .int(x * y)
        case .div: return y == 0 ? nil : .float(Double(x) / Double(y))
        case .floorDiv, .mod:
            guard y != 0 else { return nil }
            let (q, m) = x.quotientAndRemainder(dividingBy: y)
            let floorQ = m != 0 && (m < 0) != (y < 0) ? q - 1 : q
            return .int(op == .floorDiv ? floorQ : x - floorQ * y)
        case .pow:
            if y < 0 { return x == 0 ? nil : .float(.nan) }
            if x != 0 && y > 0 && (y > BigInt(maxIntBits) || x.magnitude.bitWidth > maxIntBits / Int(y)) { return nil }
            return .int(x.power(Int(y)))
        case .lShift:
            if y < 0 { return nil }
            if x != 0 && y > 0 && (y > BigInt(maxIntBits) || x.magnitude.bitWidth > maxIntBits - Int(y)) { return nil }
            return .int(x << Int(y))
        case .rShift: return y < 0 ? nil : .int(y > 1024 ? (x < 0 ? -1 : 0) : x >> Int(y))
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matMult: return nil
        }
    case (.float, .int), (.int, .float), (.float, .float):
        guard let x = double(a), let y = double(b) else { return nil }
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mult: return .float(x * y)
        case .div: return y == 0 ? nil : .float(x / y)
        case .floorDiv: return y == 0 ? nil : .float((x / y).rounded(.down))
        case .mod: return y == 0 ? nil : .float(x - y * (x / y).rounded(.down))
        case .pow: return x == 0 && y < 0 ? nil : .float(.nan)     // the value matters no further
        default: return nil
        }
    case (.other, .other):
        return op == .add ? .other : nil
    case (.other, .int), (.int, .other):
        return op == .mult ? .other : nil
    default:
        return nil
    }
}

private func double(_ v: FoldedConstant) -> Double? {
    switch v {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .other: return nil
    }
}
