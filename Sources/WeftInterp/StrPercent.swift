// str % args (printf-style formatting), after CPython's PyUnicode_Format.
//
// The native formatter handles built-in values. When a value needs guest code (str() of
// an object with __str__, __int__/__index__/__float__, a mapping that is not a dict),
// the prelude's _percent_slow converts those values first, rewrites %r/%a of them to %s,
// and calls back with `final` set: then every value is built-in or a type error.

import BigInt
import WeftMemory
import WeftSyntax

/// One conversion specification: %[(key)][flags][width][.precision][length]type.
struct PercentSpec {
    var ljust = false, sign = false, blank = false, alt = false, zero = false
    var width = -1
    var precision = -1
    var type: UInt32 = 0
}

/// A value a conversion needs: its text, or the reason it cannot be made natively.
private enum PercentValue {
    case text([UInt32], numeric: Bool)
    case slow
    case failed
}

extension Runtime {
    /// bytes % args: the same formatter over bytes (values are latin-1 code points).
    func bytesPercent(_ fmtW: Word, _ argsW: Word) -> Word {
        percentFormat(fmtW, argsW, final: true, bytesMode: true)
    }

    func percentFormat(_ fmtW: Word, _ argsW: Word, final: Bool = false, bytesMode: Bool = false) -> Word {
        let m = vsp
        defer { release(to: m) }
        let kf = keep(fmtW)
        let kd = keep(argsW)
        var ka = kd
        let fmt = bytesMode ? bytesOf(fmtW).map { UInt32($0) } : StrView(fmtW).codePoints
        let argsKind = kindOf(argsW)
        let isTuple = argsKind == .tuple
        let argLen = isTuple ? TupleView(argsW).count : -1
        var argIdx = isTuple ? 0 : -2
        var argLenNow = argLen
        let isMapping = !isTuple && argsKind != .str && !(bytesMode && argsKind == .bytes) && isMappingForPercent(argsW)
        let dictArgs = isMapping && argsKind == .dict && isExact(argsW)
        var out: [UInt32] = []
        out.reserveCapacity(fmt.count + 16)
        let n = fmt.count
        var pos = 0

        func slow() -> Word {
            if final { return raise(types.exceptions["SystemError"] ?? types.runtimeError, "percent formatting fell back twice") }
            return tailCall(prelude("_percent_slow"), [kept(kf), kept(kd)])
        }
        func nextArg() -> Word? {
            if argIdx < argLenNow {
                argIdx += 1
                if argLenNow < 0 { return kept(ka) }
                return TupleView(kept(ka))[argIdx - 1]
            }
            raise(types.typeError, "not enough arguments for format string")
            return nil
        }

        while pos < n {
            let c = fmt[pos]
            if c != 0x25 { out.append(c); pos += 1; continue }
            pos += 1
            if pos < n && fmt[pos] == 0x25 { out.append(0x25); pos += 1; continue }
            var spec = PercentSpec()
            // CPython's parser reads with a count of remaining characters; once it
            // runs out, `ch` keeps the last character read and the format is incomplete.
            var exhausted = false
            var ch: UInt32 = pos < n ? fmt[pos] : 0
            func read() -> Bool {
                if pos < n { ch = fmt[pos]; pos += 1; return true }
                exhausted = true
                return false
            }
            if pos < n && fmt[pos] == 0x28 {
                if !isMapping { return raise(types.typeError, "format requires a mapping") }
                pos += 1
                let keyStart = pos
                var depth = 1
                while depth > 0 && read() {
                    if ch == 0x29 { depth -= 1 } else if ch == 0x28 { depth += 1 }
                }
                if depth > 0 { return raise(types.valueError, "incomplete format key") }
                if !dictArgs { return slow() }
                let keyCps = Array(fmt[keyStart..<(pos - 1)])
                guard let key = bytesMode ? newBytes(keyCps.map { UInt8($0) }) : strFromCodePoints(keyCps) else { return .null }
                let kk = keep(key)
                let v = dictGet(kept(kd), key, hash: StrView(key).hash)
                if v.isNull {
                    guard let t = newTuple(fromStack: kk, count: 1), let e = newException(types.keyError, args: t) else { return .null }
                    return setRaising(e)
                }
                ka = keep(v)
                argLenNow = -1
                argIdx = -2
            }
            flags: while read() {
                switch ch {
                case 0x2D: spec.ljust = true
                case 0x2B: spec.sign = true
                case 0x20: spec.blank = true
                case 0x23: spec.alt = true
                case 0x30: spec.zero = true
                default: break flags
                }
            }
            if ch == 0x2A {
                guard let v = nextArg() else { return .null }
                guard isIntLike(v) else { return raise(types.typeError, "* wants int") }
                guard let w = intValue(v) else { return raise(types.overflowError, "Python int too large to convert to C ssize_t") }
                spec.width = w
                if w < 0 { spec.ljust = true; spec.width = -w }
                _ = read()
            } else if ch >= 0x30 && ch <= 0x39 {
                spec.width = Int(ch - 0x30)
                while read() {
                    if ch < 0x30 || ch > 0x39 { break }
                    let d = Int(ch - 0x30)
                    if spec.width > (Int.max - d) / 10 { return raise(types.valueError, "width too big") }
                    spec.width = spec.width * 10 + d
                }
            }
            if ch == 0x2E {
                spec.precision = 0
                _ = read()
                if ch == 0x2A {
                    guard let v = nextArg() else { return .null }
                    guard isIntLike(v) else { return raise(types.typeError, "* wants int") }
                    guard let p = intValue(v), p <= Int(Int32.max), p >= Int(Int32.min) else {
                        return raise(types.overflowError, "Python int too large to convert to C int")
                    }
                    spec.precision = max(0, p)
                    _ = read()
                } else if ch >= 0x30 && ch <= 0x39 {
                    spec.precision = Int(ch - 0x30)
                    while read() {
                        if ch < 0x30 || ch > 0x39 { break }
                        let d = Int(ch - 0x30)
                        if spec.precision > (Int(Int32.max) - d) / 10 { return raise(types.valueError, "precision too big") }
                        spec.precision = spec.precision * 10 + d
                    }
                }
            }
            if !exhausted && (ch == 0x68 || ch == 0x6C || ch == 0x4C) { _ = read() }
            if exhausted { return raise(types.valueError, "incomplete format") }
            spec.type = ch
            guard let v = nextArg() else { return .null }
            let piece = percentValue(v, spec, final: final, index: pos - 1, bytesMode: bytesMode)
            switch piece {
            case .failed: return .null
            case .slow: return slow()
            case .text(let s, let numeric): percentOutput(&out, s, spec, numeric: numeric)
            }
            if isMapping && argIdx < argLenNow {
                return raise(types.typeError, "not all arguments converted during string formatting")
            }
        }
        if argIdx < argLenNow && !isMapping {
            return raise(types.typeError, "not all arguments converted during string formatting")
        }
        if bytesMode { return newBytes(out.map { UInt8(truncatingIfNeeded: $0) }) ?? .null }
        return strFromCodePoints(out) ?? .null
    }

    /// PyMapping_Check for the right operand of %: anything with __getitem__ but a tuple or str.
    func isMappingForPercent(_ w: Word) -> Bool {
        switch kindOf(w) {
        case .dict, .list, .bytes, .bytearray, .range: return true
        case .int, .bool, .float, .none, .complex, .set, .frozenset: return false
        default: return !lookupInType(typeOf(w), dunder(.getitem)).isNull
        }
    }

    /// The text one conversion makes of a value.
    private func percentValue(_ v: Word, _ spec: PercentSpec, final: Bool, index: Int, bytesMode: Bool) -> PercentValue {
        let kind = kindOf(v)
        let builtin = !isHeapType(typeOf(v))
        func fail(_ cls: Word, _ msg: String) -> PercentValue { raise(cls, msg); return .failed }
        func text(_ s: String, numeric: Bool = false) -> PercentValue { .text(s.unicodeScalars.map { $0.value }, numeric: numeric) }
        if bytesMode {
            switch spec.type {
            case 0x73, 0x62:  // s b
                guard let b = bytesLike(v) else {
                    return fail(types.typeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(v))'")
                }
                return .text(b.map { UInt32($0) }, numeric: false)
            case 0x72, 0x61:  // r a
                guard let r = reprString(v) else { return fail(types.typeError, "repr() of this object needs guest code") }
                return .text(asciiEscape(r.unicodeScalars.map { $0.value }), numeric: false)
            case 0x63:  // c
                if let b = bytesLike(v), b.count == 1 { return .text([UInt32(b[0])], numeric: false) }
                if isIntLike(v) {
                    guard let x = intValue(v), x >= 0 && x < 256 else { return fail(types.overflowError, "%c arg not in range(256)") }
                    return .text([UInt32(x)], numeric: false)
                }
                return fail(types.typeError, "%c requires an integer in range(256) or a single byte")
            default:
                break
            }
        }
        switch spec.type {
        case 0x73, 0x72, 0x61:  // s r a
            if spec.type == 0x73 && kind == .str { return .text(StrView(v).codePoints, numeric: false) }
            let s = spec.type == 0x73 ? strString(v) : reprString(v)
            guard let str = s else { return .slow }
            let cps = str.unicodeScalars.map { $0.value }
            return .text(spec.type == 0x61 ? asciiEscape(cps) : cps, numeric: false)
        case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58:  // d i u o x X
            let t = spec.type
            var value: BigInt
            switch kind {
            case .int, .bool: value = bigValue(v)
            case .float where t != 0x6F && t != 0x78 && t != 0x58:
                let d = floatValue(v)
                if d.isNaN { return fail(types.valueError, "cannot convert float NaN to integer") }
                if d.isInfinite { return fail(types.overflowError, "cannot convert float infinity to integer") }
                value = BigInt(d.rounded(.towardZero))
            default:
                if !builtin && !final { return .slow }
                let what = t == 0x6F || t == 0x78 || t == 0x58 ? "an integer is required" : "a real number is required"
                return fail(types.typeError, "%\(String(UnicodeScalar(UInt8(t)))) format: \(what), not \(typeName(v))")
            }
            return .text(percentInt(value, spec), numeric: true)
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:  // e E f F g G
            var d: Double
            switch kind {
            case .float: d = floatValue(v)
            case .int, .bool:
                guard let x = Double(exactlyOrInfinite: bigValue(v)) else { return fail(types.overflowError, "int too large to convert to float") }
                d = x
            default:
                if !builtin && !final { return .slow }
                return fail(types.typeError, "must be real number, not \(typeName(v))")
            }
            var flags = FloatFormatFlags()
            flags.alt = spec.alt
            let s = FloatFormat.format(d, UInt8(spec.type), precision: spec.precision < 0 ? 6 : spec.precision, flags)
            return text(s, numeric: true)
        case 0x63:  // c
            if kind == .str {
                guard StrView(v).count == 1 else { return fail(types.typeError, "%c requires int or char") }
                return .text([StrView(v)[0]], numeric: false)
            }
            if kind == .int || kind == .bool {
                guard let x = intValue(v), x >= 0 && x <= 0x10FFFF else {
                    return fail(types.overflowError, "%c arg not in range(0x110000)")
                }
                return .text([UInt32(x)], numeric: false)
            }
            if !builtin && !final { return .slow }
            return fail(types.typeError, "%c requires int or char")
        default:
            let t = spec.type
            let shown = t >= 31 && t <= 126 ? String(UnicodeScalar(UInt8(t))) : "?"
            return fail(types.valueError, "unsupported format character '\(shown)' (0x\(String(t, radix: 16))) at index \(index)")
        }
    }

    /// _PyUnicode_FormatLong: sign, optional 0x/0o prefix, digits zero-padded to the precision.
    private func percentInt(_ v: BigInt, _ spec: PercentSpec) -> [UInt32] {
        let t = spec.type
        let base = t == 0x6F ? 8 : (t == 0x78 || t == 0x58) ? 16 : 10
        var digits = Array(String(v.magnitude, radix: base).unicodeScalars.map { $0.value })
        if spec.precision > digits.count { digits = Array(repeating: 0x30, count: spec.precision - digits.count) + digits }
        var out: [UInt32] = v.sign == .minus ? [0x2D] : []
        if spec.alt && base != 10 { out += [0x30, t == 0x6F ? 0x6F : 0x78] }
        out += digits
        if t == 0x58 { out = out.map(asciiUpper) }
        return out
    }

    /// unicode_format_arg_output: width, fill and sign around a conversion's text.
    private func percentOutput(_ out: inout [UInt32], _ str: [UInt32], _ spec: PercentSpec, numeric: Bool) {
        var len = str.count
        var width = spec.width
        let fill: UInt32 = numeric && spec.zero ? 0x30 : 0x20
        if (width == -1 || width <= len) && (spec.precision == -1 || spec.precision >= len) && !(numeric && (spec.sign || spec.blank)) {
            out.append(contentsOf: str)
            return
        }
        let t = spec.type
        if t == 0x73 || t == 0x72 || t == 0x61 {
            if spec.precision >= 0 && len > spec.precision { len = spec.precision }
        }
        var p = 0
        var signChar: UInt32 = 0
        var sign = numeric
        if sign {
            let ch = str[0]
            if ch == 0x2D || ch == 0x2B { signChar = ch; len -= 1; p += 1 }
            else if spec.sign { signChar = 0x2B }
            else if spec.blank { signChar = 0x20 }
            else { sign = false }
        }
        if width < len { width = len }
        if sign {
            if fill != 0x20 { out.append(signChar) }
            if width > len { width -= 1 }
        }
        let prefixed = spec.alt && (t == 0x78 || t == 0x58 || t == 0x6F)
        if prefixed {
            if fill != 0x20 { out.append(0x30); out.append(t); p += 2 }
            width -= 2
            if width < 0 { width = 0 }
            len -= 2
        }
        if width > len && !spec.ljust {
            out.append(contentsOf: repeatElement(fill, count: width - len))
            width = len
        }
        if fill == 0x20 {
            if sign { out.append(signChar) }
            if prefixed { out.append(0x30); out.append(t); p += 2 }
        }
        if len > 0 { out.append(contentsOf: str[p..<(p + len)]) }
        if width > len { out.append(contentsOf: repeatElement(0x20, count: width - len)) }
    }
}
