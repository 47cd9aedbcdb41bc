// The methods and attributes of int, bool, float and complex: the operator slots as
// methods (__add__, __radd__, __eq__... returning NotImplemented for operands of other
// types, as CPython's slot wrappers do), conversions (__int__, __float__, __index__,
// __trunc__, __floor__, __ceil__, __round__), and the named methods (bit_length,
// to_bytes, as_integer_ratio, hex, fromhex, conjugate...). Values are read before any
// allocation; nothing here holds a Word across one.

import BigInt
import WeftMemory
import WeftSyntax

#if canImport(Glibc)
import Glibc
#endif

/// A native's own function object, for natives that retry themselves via the prelude.
final class NativeRef { var word = Word.null }

extension Runtime {
    func registerNumberMethods() {
        registerNumberSlots()
        registerIntMethods()
        registerFloatMethods()
        registerComplexMethods()
        registerNumberConstructors()
    }

    // MARK: definition helpers

    /// A method of a number type: checks that self is of the type and the argument count.
    func defineNumberMethod(_ type: Word, _ name: String, args: ClosedRange<Int> = 0...0, slot: Bool = false,
                            _ body: @escaping (Runtime<GC>, Args) -> Word) {
        let typeName = TypeView(type).nameString
        defineMethod(type, name) { rt, a in
            let n = rt.positionalCount(a)
            if n == 0 {
                return rt.raise(rt.types.typeError, slot ? "descriptor '\(name)' of '\(typeName)' object needs an argument"
                                                        : "unbound method \(typeName).\(name)() needs an argument")
            }
            let s = rt.arg(a, 0)
            if !rt.isInstance(s, type) {
                return rt.raise(rt.types.typeError, slot ? "descriptor '\(name)' requires a '\(typeName)' object but received a '\(rt.typeName(s))'"
                                                        : "descriptor '\(name)' for '\(typeName)' objects doesn't apply to a '\(rt.typeName(s))' object")
            }
            if rt.hasKeywords(a) && (!slot || name != "__round__") {
                return rt.raise(rt.types.typeError, "\(typeName).\(name)() takes no keyword arguments")
            }
            let given = n - 1
            if !args.contains(given) {
                if slot {
                    if args.lowerBound == args.upperBound {
                        return rt.raise(rt.types.typeError, "expected \(args.lowerBound) argument\(args.lowerBound == 1 ? "" : "s"), got \(given)")
                    }
                    return rt.raise(rt.types.typeError, "\(name) expected at most \(args.upperBound) argument\(args.upperBound == 1 ? "" : "s"), got \(given)")
                }
                if args.upperBound == 0 { return rt.raise(rt.types.typeError, "\(typeName).\(name)() takes no arguments (\(given) given)") }
                if args.lowerBound == args.upperBound && args.lowerBound == 1 {
                    return rt.raise(rt.types.typeError, "\(typeName).\(name)() takes exactly one argument (\(given) given)")
                }
                return rt.raise(rt.types.typeError, "\(name) expected at most \(args.upperBound) argument\(args.upperBound == 1 ? "" : "s"), got \(given)")
            }
            return body(rt, a)
        }
    }

    /// A class method of a built-in type (an immortal classmethod around a built-in function).
    func defineClassMethod(_ type: Word, _ name: String, _ fn: @escaping NativeFunction<GC>) {
        let f = builtinFunction(name, fn)
        let w = allocateImmortal(LayoutID.wrapper, bytes: WrapperField.fixedWords * 8, cls: types.classmethod)
        w[WrapperField.wrapped] = f
        _ = dictSetStr(TypeView(type).dict, intern(name), w.word)
    }

    /// A read-only attribute of a built-in type whose getter needs only the object.
    func defineValueGetter(_ type: Word, _ name: String, _ fn: @escaping (Runtime<GC>, Word) -> Word) {
        defineGetter(type, name) { rt, a in fn(rt, rt.arg(a, 0)) }
    }

    /// Binds a native's arguments (after the first `skip`) to named parameters as
    /// Argument Clinic does; `keywordOnly` parameters follow the positional ones.
    /// The Words are valid until the next allocation. nil: TypeError raised.
    func bindArguments(_ a: Args, skip: Int = 0, _ fname: String, _ names: [String], required: Int,
                       keywordOnly: [String] = [], positionalOnly: Int = 0) -> [Word]? {
        let npos = positionalCount(a) - skip
        let total = a.count - skip
        let maxArgs = names.count + keywordOnly.count
        var out = [Word](repeating: .null, count: maxArgs)
        if total > maxArgs {
            raise(types.typeError, "\(fname)() takes at most \(maxArgs) \(npos == 0 ? "keyword " : "")argument\(maxArgs == 1 ? "" : "s") (\(total) given)")
            return nil
        }
        if npos > names.count {
            if names.isEmpty {
                raise(types.typeError, "\(fname)() takes no positional arguments")
                return nil
            }
            let bound = required == names.count ? "exactly" : "at most"
            raise(types.typeError, "\(fname)() takes \(bound) \(names.count) positional argument\(names.count == 1 ? "" : "s") (\(npos) given)")
            return nil
        }
        for k in 0..<npos { out[k] = arg(a, skip + k) }
        if !a.kwnames.isNull {
            let t = TupleView(a.kwnames)
            for k in 0..<t.count {
                let key = StrView(t[k]).string
                let all = names + keywordOnly
                guard let i = all.firstIndex(of: key), i >= positionalOnly else {
                    raise(types.typeError, "'\(key)' is an invalid keyword argument for \(fname)()")
                    return nil
                }
                if !out[i].isNull {
                    raise(types.typeError, "argument for \(fname)() given by name ('\(key)') and position (\(i + 1))")
                    return nil
                }
                out[i] = arg(a, skip + npos + k)
            }
        }
        for k in 0..<required where out[k].isNull {
            raise(types.typeError, "\(fname)() missing required argument '\(names[k])' (pos \(k + 1))")
            return nil
        }
        return out
    }

    /// Whether a call has keyword arguments (f(**{}) passes an empty tuple of names).
    func hasKeywords(_ a: Args) -> Bool { !a.kwnames.isNull && TupleView(a.kwnames).count > 0 }

    /// An index-like value (int or bool) as a BigInt; nil if `w` is not one.
    func exactIndex(_ w: Word) -> BigInt? { isIntLike(w) ? bigValue(w) : nil }

    /// Raises the TypeError of operator.index for a non-int without __index__, or
    /// asks the prelude to call `retry` with the arguments after converting them with
    /// __index__. Returns null either way.
    func indexRetry(_ retry: NativeRef, _ a: Args, _ bad: Word) -> Word {
        if lookupInType(typeOf(bad), dunder(.index)).isNull {
            return raise(types.typeError, "'\(typeName(bad))' object cannot be interpreted as an integer")
        }
        return tailCall(prelude("_num_retry_index"), [retry.word] + (0..<a.count).map { arg(a, $0) }, kwnames: a.kwnames)
    }

    // MARK: operator slots

    func registerNumberSlots() {
        let binary: [(String, BinaryKind)] = [("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .truediv),
                                              ("floordiv", .floordiv), ("mod", .mod), ("pow", .pow), ("lshift", .lshift),
                                              ("rshift", .rshift), ("and", .and), ("or", .or), ("xor", .xor)]
        let numberTypes: [(Word, Kind)] = [(types.int, .int), (types.float, .float), (types.complex, .complex)]
        for (type, kind) in numberTypes {
            // Which operand kinds this type's slots accept.
            let accepts: (Runtime<GC>, Word) -> Bool = { rt, w in
                let k = rt.kindOf(w)
                switch kind {
                case .int: return k == .int || k == .bool
                case .float: return k == .int || k == .bool || k == .float
                default: return k == .int || k == .bool || k == .float || k == .complex
                }
            }
            for (name, op) in binary {
                if kind != .int && [BinaryKind.lshift, .rshift, .and, .or, .xor].contains(op) { continue }
                if kind == .complex && [BinaryKind.floordiv, .mod].contains(op) { continue }
                for reflected in [false, true] {
                    let method = reflected ? "__r\(name)__" : "__\(name)__"
                    let ternary = op == .pow
                    defineNumberMethod(type, method, args: ternary ? 1...2 : 1...1, slot: true) { rt, a in
                        let s = rt.arg(a, 0), o = rt.arg(a, 1)
                        guard accepts(rt, o) else { return .notImplemented }
                        if ternary && rt.positionalCount(a) == 3 && rt.arg(a, 2) != .none {
                            if reflected { return .notImplemented }
                            let m = rt.arg(a, 2)
                            if kind == .int && rt.isIntLike(m) { return rt.intPowerModulo(s, o, m) }
                            if kind == .complex { return rt.raise(rt.types.valueError, "complex modulo") }
                            if kind == .int { return .notImplemented }
                            return rt.raise(rt.types.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
                        }
                        let (x, y) = reflected ? (o, s) : (s, o)
                        return rt.numberBinary(op, x, y) ?? (rt.raising.isNull ? .notImplemented : .null)
                    }
                }
            }
            if kind != .complex {
                for reflected in [false, true] {
                    defineNumberMethod(type, reflected ? "__rdivmod__" : "__divmod__", args: 1...1, slot: true) { rt, a in
                        let s = rt.arg(a, 0), o = rt.arg(a, 1)
                        guard accepts(rt, o) else { return .notImplemented }
                        let (x, y) = reflected ? (o, s) : (s, o)
                        return rt.numberDivmod(x, y) ?? .notImplemented
                    }
                }
            }
            let compares: [(String, CompareKind)] = [("__lt__", .lt), ("__le__", .le), ("__eq__", .eq), ("__ne__", .ne), ("__gt__", .gt), ("__ge__", .ge)]
            for (name, op) in compares {
                defineNumberMethod(type, name, args: 1...1, slot: true) { rt, a in
                    let s = rt.arg(a, 0), o = rt.arg(a, 1)
                    guard accepts(rt, o) else { return .notImplemented }
                    if kind == .complex && op != .eq && op != .ne { return .notImplemented }
                    if let r = rt.numberCompare(op, s, o) { return .bool(r) }
                    return rt.raising.isNull ? .notImplemented : .null
                }
            }
            let unary: [(String, Int)] = kind == .int ? [("__neg__", 0), ("__pos__", 1), ("__invert__", 2)] : [("__neg__", 0), ("__pos__", 1)]
            for (name, which) in unary {
                defineNumberMethod(type, name, slot: true) { rt, a in rt.numberUnary(which, rt.arg(a, 0)) ?? .null }
            }
            defineNumberMethod(type, "__abs__", slot: true) { rt, a in rt.numberAbs(rt.arg(a, 0)) ?? .null }
            defineNumberMethod(type, "__bool__", slot: true) { rt, a in .bool(rt.numberTruth(rt.arg(a, 0))) }
            defineNumberMethod(type, "__hash__", slot: true) { rt, a in rt.newInt(rt.numberHash(rt.arg(a, 0))) ?? .null }
            defineNumberMethod(type, "__repr__", slot: true) { rt, a in
                let x = rt.arg(a, 0)
                if rt.kindOf(x) == .complex { return rt.newStr(rt.complexRepr(x)) ?? .null }
                if rt.kindOf(x) == .float { return rt.newStr(pyRepr(rt.floatValue(x))) ?? .null }
                if x.isBool { return rt.intern(x == .true ? "True" : "False") }
                guard let s = rt.intDecimalString(x) else { return .null }
                return rt.newStr(s) ?? .null
            }
            defineNumberMethod(type, "__getnewargs__") { rt, a in
                let x = rt.arg(a, 0)
                if rt.kindOf(x) == .complex {
                    let c = rt.complexValue(x)
                    let m = rt.vsp
                    defer { rt.release(to: m) }
                    guard let r = rt.newFloat(c.re) else { return .null }
                    rt.keep(r)
                    guard let i = rt.newFloat(c.im) else { return .null }
                    rt.keep(i)
                    return rt.newTuple(fromStack: m, count: 2) ?? .null
                }
                let v = x.isBool ? Word.smallInt(x == .true ? 1 : 0) : x
                return rt.newTuple([v]) ?? .null
            }
        }
    }

    /// divmod(x, y) for two ints or floats (not complex); nil if not numbers.
    func numberDivmod(_ x: Word, _ y: Word) -> Word? {
        let kx = kindOf(x), ky = kindOf(y)
        let xi = kx == .int || kx == .bool, yi = ky == .int || ky == .bool
        if xi && yi { return intDivmod(x, y) }
        if (xi || kx == .float) && (yi || ky == .float) { return floatDivmodPair(x, y) }
        return nil
    }

    /// abs() of a built-in number; nil if not one (nothing raised) or after raising.
    func numberAbs(_ x: Word) -> Word? {
        switch kindOf(x) {
        case .int, .bool:
            if let v = intValue(x), v != Int.min { return newInt(Swift.abs(v)) ?? .null }
            let b = bigValue(x)
            return newInt(b.sign == .minus ? -b : b) ?? .null
        case .float: return newFloat(Swift.abs(floatValue(x))) ?? .null
        case .complex: return complexAbs(x)
        default: return nil
        }
    }

    // MARK: int

    func registerIntMethods() {
        let t = types.int
        defineNumberMethod(t, "bit_length") { rt, a in
            .smallInt(rt.bigValue(rt.arg(a, 0)).magnitude.bitWidth)
        }
        defineNumberMethod(t, "bit_count") { rt, a in
            let m = rt.bigValue(rt.arg(a, 0)).magnitude
            return .smallInt(m.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        defineNumberMethod(t, "conjugate") { rt, a in rt.intExact(rt.arg(a, 0)) }
        for name in ["__int__", "__index__", "__trunc__", "__floor__", "__ceil__"] {
            defineNumberMethod(t, name, slot: name == "__int__" || name == "__index__") { rt, a in rt.intExact(rt.arg(a, 0)) }
        }
        defineNumberMethod(t, "__float__", slot: true) { rt, a in
            guard let d = rt.intToDouble(rt.arg(a, 0)) else { return .null }
            return rt.newFloat(d) ?? .null
        }
        defineNumberMethod(t, "__round__", args: 0...1) { rt, a in
            rt.intRound(rt.arg(a, 0), rt.positionalCount(a) > 1 ? rt.arg(a, 1) : .none)
        }
        defineNumberMethod(t, "as_integer_ratio") { rt, a in
            rt.newTuple([rt.intExact(rt.arg(a, 0)), .smallInt(1)]) ?? .null
        }
        defineNumberMethod(t, "__sizeof__") { rt, a in
            let m = rt.bigValue(rt.arg(a, 0)).magnitude
            let digits = max(1, (m.bitWidth + 29) / 30)
            return .smallInt(24 + 4 * digits)
        }
        defineValueGetter(t, "real") { rt, x in rt.intExact(x) }
        defineValueGetter(t, "imag") { rt, x in .smallInt(0) }
        defineValueGetter(t, "numerator") { rt, x in rt.intExact(x) }
        defineValueGetter(t, "denominator") { rt, x in .smallInt(1) }

        let toBytes = NativeRef()
        defineMethod(t, "to_bytes") { rt, a in
            guard rt.positionalCount(a) >= 1, rt.isIntLike(rt.arg(a, 0)) else {
                return rt.raise(rt.types.typeError, "descriptor 'to_bytes' for 'int' objects doesn't apply to a '\(rt.typeName(a.count > 0 ? rt.arg(a, 0) : .none))' object")
            }
            guard let p = rt.bindArguments(a, skip: 1, "to_bytes", ["length", "byteorder"], required: 0, keywordOnly: ["signed"]) else { return .null }
            var length = 1
            if !p[0].isNull {
                guard let l = rt.exactIndex(p[0]) else { return rt.indexRetry(toBytes, a, p[0]) }
                if l.sign == .minus { return rt.raise(rt.types.valueError, "length argument must be non-negative") }
                guard let li = Int(exactly: l) else { return rt.raise(rt.types.overflowError, "Python int too large to convert to C ssize_t") }
                length = li
            }
            guard let little = rt.byteorderArgument(p[1], "to_bytes") else { return .null }
            let signed = p[2].isNull ? false : rt.truthValue(p[2]) == .true
            let v = rt.bigValue(rt.arg(a, 0))
            if v.sign == .minus && !signed { return rt.raise(rt.types.overflowError, "can't convert negative int to unsigned") }
            guard let bytes = twosComplementBytes(v, length: length, signed: signed) else {
                return rt.raise(rt.types.overflowError, "int too big to convert")
            }
            return rt.newBytes(little ? bytes.reversed() : bytes) ?? .null
        }
        toBytes.word = dictGetStr(TypeView(t).dict, intern("to_bytes"))
        defineClassMethod(t, "from_bytes") { rt, a in
            guard let p = rt.bindArguments(a, skip: 1, "from_bytes", ["bytes", "byteorder"], required: 1, keywordOnly: ["signed"]) else { return .null }
            guard let little = rt.byteorderArgument(p[1], "from_bytes") else { return .null }
            let signed = p[2].isNull ? false : rt.truthValue(p[2]) == .true
            let src = p[0]
            var bytes: [UInt8]
            switch rt.kindOf(src) {
            case .bytes: bytes = rt.bytesOf(src)
            case .list, .tuple:
                bytes = []
                let items: [Word] = rt.kindOf(src) == .list ? (0..<ListView(src).count).map { ListView(src)[$0] }
                                                             : (0..<TupleView(src).count).map { TupleView(src)[$0] }
                for w in items {
                    guard rt.isIntLike(w) else { return rt.raise(rt.types.typeError, "'\(rt.typeName(w))' object cannot be interpreted as an integer") }
                    guard let b = rt.intValue(w), b >= 0 && b < 256 else { return rt.raise(rt.types.valueError, "bytes must be in range(0, 256)") }
                    bytes.append(UInt8(b))
                }
            default:
                if rt.kindOf(src) == .str { return rt.raise(rt.types.typeError, "cannot convert 'str' object to bytes") }
                return rt.tailCall(rt.prelude("_num_from_bytes_iterable"), (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
            }
            if little { bytes.reverse() }
            var mag = BigUInt(0)
            for b in bytes { mag = (mag << 8) | BigUInt(b) }
            var v = BigInt(mag)
            if signed && !bytes.isEmpty && bytes[0] >= 0x80 { v -= BigInt(1) << (8 * bytes.count) }
            let cls = rt.arg(a, 0)
            if cls == rt.types.int { return rt.newInt(v) ?? .null }
            let kc = rt.keep(cls)
            defer { rt.release(to: kc) }
            guard let r = rt.newInt(v) else { return .null }
            return rt.tailCall(rt.kept(kc), [r])
        }
    }

    /// int(x) for an int or bool: the exact int.
    func intExact(_ x: Word) -> Word {
        if x.isBool { return .smallInt(x == .true ? 1 : 0) }
        return isExact(x) ? x : (newInt(bigValue(x)) ?? .null)
    }

    /// float(x) for a float or float subclass instance: an exact float.
    func floatExact(_ x: Word) -> Word {
        isExact(x) ? x : (newFloat(floatValue(x)) ?? .null)
    }

    /// complex(x) for a complex or complex subclass instance: an exact complex.
    func complexExact(_ x: Word) -> Word {
        if isExact(x) { return x }
        let c = complexValue(x)
        return newComplex(c.re, c.im) ?? .null
    }

    /// 'little' → true, 'big' → false; nil after raising.
    func byteorderArgument(_ w: Word, _ fname: String) -> Bool? {
        if w.isNull { return false }
        guard kindOf(w) == .str else {
            raise(types.typeError, "\(fname)() argument 'byteorder' must be str, not \(typeName(w))")
            return nil
        }
        switch StrView(w).string {
        case "little": return true
        case "big": return false
        default:
            raise(types.valueError, "byteorder must be either 'little' or 'big'")
            return nil
        }
    }

    /// round(int, ndigits): half to even at 10**-ndigits.
    func intRound(_ x: Word, _ nd: Word) -> Word {
        if nd == .none { return intExact(x) }
        guard let n = exactIndex(nd) else {
            if lookupInType(typeOf(nd), dunder(.index)).isNull {
                return raise(types.typeError, "'\(typeName(nd))' object cannot be interpreted as an integer")
            }
            return tailCall(prelude("_num_round_index"), [x, nd])
        }
        if n.sign == .plus { return intExact(x) }
        let a = bigValue(x)
        let digits = a.magnitude.description.count
        guard let k = Int(exactly: -n), k <= digits else { return .smallInt(0) }
        let p = BigInt(10).power(k)
        var (q, r) = bigDivmod(a, p)
        let twice = r * 2
        if twice > p || (twice == p && q.magnitude[bitAt: 0]) { q += 1 }
        return newInt(q * p) ?? .null
    }


    // MARK: float

    func registerFloatMethods() {
        let t = types.float
        defineNumberMethod(t, "is_integer") { rt, a in
            let d = rt.floatValue(rt.arg(a, 0))
            return .bool(d.isFinite && d == d.rounded(.down))
        }
        defineNumberMethod(t, "conjugate") { rt, a in rt.floatExact(rt.arg(a, 0)) }
        defineNumberMethod(t, "__float__", slot: true) { rt, a in rt.floatExact(rt.arg(a, 0)) }
        defineNumberMethod(t, "__int__", slot: true) { rt, a in rt.floatToInt(rt.floatValue(rt.arg(a, 0))) }
        defineNumberMethod(t, "__trunc__") { rt, a in rt.floatToInt(rt.floatValue(rt.arg(a, 0))) }
        defineNumberMethod(t, "__floor__") { rt, a in rt.floatToInt(rt.floatValue(rt.arg(a, 0)).rounded(.down)) }
        defineNumberMethod(t, "__ceil__") { rt, a in rt.floatToInt(rt.floatValue(rt.arg(a, 0)).rounded(.up)) }
        defineNumberMethod(t, "__round__", args: 0...1) { rt, a in
            rt.floatRound(rt.floatValue(rt.arg(a, 0)), rt.positionalCount(a) > 1 ? rt.arg(a, 1) : .none)
        }
        defineNumberMethod(t, "as_integer_ratio") { rt, a in
            let d = rt.floatValue(rt.arg(a, 0))
            if d.isNaN { return rt.raise(rt.types.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { return rt.raise(rt.types.overflowError, "cannot convert Infinity to integer ratio") }
            let (n, k) = exactRatio(d)
            return rt.newIntPair(n, BigInt(1) << k)
        }
        defineNumberMethod(t, "hex") { rt, a in rt.newStr(floatHex(rt.floatValue(rt.arg(a, 0)))) ?? .null }
        defineClassMethod(t, "fromhex") { rt, a in
            guard rt.positionalCount(a) == 2, !rt.hasKeywords(a) else {
                return rt.raise(rt.types.typeError, "float.fromhex() takes exactly one argument (\(rt.positionalCount(a) - 1) given)")
            }
            let s = rt.arg(a, 1)
            guard rt.kindOf(s) == .str else {
                return rt.raise(rt.types.typeError, "fromhex() argument must be str, not \(rt.typeName(s))")
            }
            switch parseHexFloat(Array(StrView(s).string.utf8)) {
            case .value(let d):
                let cls = rt.arg(a, 0)
                if cls == rt.types.float { return rt.newFloat(d) ?? .null }
                let kc = rt.keep(cls)
                defer { rt.release(to: kc) }
                guard let r = rt.newFloat(d) else { return .null }
                return rt.tailCall(rt.kept(kc), [r])
            case .invalid: return rt.raise(rt.types.valueError, "invalid hexadecimal floating-point string")
            case .overflow: return rt.raise(rt.types.overflowError, "hexadecimal value too large to represent as a float")
            }
        }
        defineClassMethod(t, "__getformat__") { rt, a in
            guard rt.positionalCount(a) == 2, rt.kindOf(rt.arg(a, 1)) == .str else {
                return rt.raise(rt.types.typeError, "float.__getformat__() argument must be str")
            }
            let s = StrView(rt.arg(a, 1)).string
            guard s == "double" || s == "float" else {
                return rt.raise(rt.types.valueError, "__getformat__() argument 1 must be 'double' or 'float'")
            }
            return rt.newStr("IEEE, little-endian") ?? .null
        }
        defineValueGetter(t, "real") { rt, x in rt.floatExact(x) }
        defineValueGetter(t, "imag") { rt, x in rt.newFloat(0) ?? .null }
    }

    /// round(float, ndigits) as CPython's float___round___impl.
    func floatRound(_ x: Double, _ nd: Word) -> Word {
        if nd == .none {
            var r = x.rounded(.toNearestOrAwayFromZero)
            if Swift.abs(x - r) == 0.5 { r = 2 * (x / 2).rounded(.toNearestOrAwayFromZero) }
            return floatToInt(r)
        }
        guard let nb = exactIndex(nd) else {
            if lookupInType(typeOf(nd), dunder(.index)).isNull {
                return raise(types.typeError, "'\(typeName(nd))' object cannot be interpreted as an integer")
            }
            let kn = keep(nd)
            defer { release(to: kn) }
            guard let xw = newFloat(x) else { return .null }
            return tailCall(prelude("_num_round_index"), [xw, kept(kn)])
        }
        if !x.isFinite { return newFloat(x) ?? .null }
        let n = Int(clamping: nb)
        if n > 323 { return newFloat(x) ?? .null }
        if n < -308 { return newFloat(0.0 * x) ?? .null }
        guard let r = roundDouble(x, n) else { return raise(types.overflowError, "rounded value too large to represent") }
        return newFloat(r) ?? .null
    }

    // MARK: complex

    func registerComplexMethods() {
        let t = types.complex
        defineNumberMethod(t, "conjugate") { rt, a in
            let c = rt.complexValue(rt.arg(a, 0))
            return rt.newComplex(c.re, -c.im) ?? .null
        }
        defineNumberMethod(t, "__complex__") { rt, a in rt.complexExact(rt.arg(a, 0)) }
        defineValueGetter(t, "real") { rt, x in rt.newFloat(rt.complexValue(x).re) ?? .null }
        defineValueGetter(t, "imag") { rt, x in rt.newFloat(rt.complexValue(x).im) ?? .null }
    }
}

// MARK: helpers without the runtime

/// The big-endian bytes of v in `length` bytes (two's complement if signed); nil if it does not fit.
func twosComplementBytes(_ v: BigInt, length: Int, signed: Bool) -> [UInt8]? {
    let bits = v.magnitude.bitWidth
    if signed {
        // -2**(8n-1) <= v < 2**(8n-1)
        let limit = 8 * length - 1
        if v.sign == .plus && bits > limit { return nil }
        if v.sign == .minus && !v.isZero {
            let m = v.magnitude
            if bits > limit + 1 || (bits == limit + 1 && m != BigUInt(1) << limit) { return nil }
        }
    } else if bits > 8 * length {
        return nil
    }
    var u: BigUInt = v.sign == .minus && !v.isZero ? (BigUInt(1) << (8 * length)) - v.magnitude : v.magnitude
    var out = [UInt8](repeating: 0, count: length)
    var k = length - 1
    while k >= 0 && !u.isZero {
        out[k] = UInt8(truncatingIfNeeded: u.words.first ?? 0)
        u >>= 8
        k -= 1
    }
    return out
}

/// x rounded to n decimal digits, correctly (the exact value of x rounded half to
/// even, then converted back with one rounding); nil on overflow.
func roundDouble(_ x: Double, _ n: Int) -> Double? {
    if x == 0 { return x }
    let (num, k) = exactRatio(x)
    let m = num.magnitude
    var y: BigUInt
    if n >= 0 {
        let t = m * BigUInt(10).power(n)
        y = roundHalfEven(t, BigUInt(1) << k)
    } else {
        y = roundHalfEven(m, (BigUInt(1) << k) * BigUInt(10).power(-n))
    }
    let r: Double?
    if n >= 0 { r = ratioToDouble(y, BigUInt(10).power(n)) } else { r = roundedDouble(y * BigUInt(10).power(-n)) }
    guard let v = r else { return nil }
    return x < 0 ? -v : v
}

/// num/den rounded to the nearest integer, ties to even.
func roundHalfEven(_ num: BigUInt, _ den: BigUInt) -> BigUInt {
    var (q, r) = num.quotientAndRemainder(dividingBy: den)
    let twice = r << 1
    if twice > den || (twice == den && q[bitAt: 0]) { q += 1 }
    return q
}

/// float.hex().
func floatHex(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return pyRepr(x) }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    var e: Int32 = 0
    var m = frexp(Swift.abs(x), &e)
    let shift = 1 - max(-1021 - Int(e), 0)
    m = ldexp(m, Int32(shift))
    var exp = Int(e) - shift
    let hex = Array("0123456789abcdef")
    var s = String(hex[Int(m)])
    m -= Double(Int(m))
    s += "."
    for _ in 0..<13 {
        m *= 16
        s.append(hex[Int(m)])
        m -= Double(Int(m))
    }
    var sign = "+"
    if exp < 0 { sign = "-"; exp = -exp }
    return (x < 0 ? "-" : "") + "0x" + s + "p" + sign + String(exp)
}

enum HexFloatResult { case value(Double), invalid, overflow }

/// float.fromhex(): [sign] ['0x'] digits ['.' digits] ['p' [sign] digits], or inf/nan,
/// with surrounding whitespace; correctly rounded.
func parseHexFloat(_ s: [UInt8]) -> HexFloatResult {
    var i = 0, n = s.count
    while i < n && isASCIISpace(s[i]) { i += 1 }
    while n > i && isASCIISpace(s[n - 1]) { n -= 1 }
    let body = Array(s[i..<n])
    if let (d, end) = parseDoublePrefix(body, from: 0), end == body.count, d.isNaN || d.isInfinite {
        let letters = body.filter { $0 != 0x2B && $0 != 0x2D }
        if letters.allSatisfy({ !isASCIIDigit($0) }) { return .value(d) }
    }
    var j = 0
    var negative = false
    if j < body.count && (body[j] == 0x2B || body[j] == 0x2D) { negative = body[j] == 0x2D; j += 1 }
    if j + 1 < body.count && body[j] == 0x30 && (body[j + 1] | 0x20) == 0x78 { j += 2 }
    var mant = BigUInt(0)
    var digits = 0, fracDigits = 0
    while j < body.count && digitValue(body[j]) < 16 { mant = (mant << 4) | BigUInt(digitValue(body[j])); digits += 1; j += 1 }
    if j < body.count && body[j] == 0x2E {
        j += 1
        while j < body.count && digitValue(body[j]) < 16 {
            mant = (mant << 4) | BigUInt(digitValue(body[j])); digits += 1; fracDigits += 1; j += 1
        }
    }
    if digits == 0 { return .invalid }
    var exp = 0
    if j < body.count && (body[j] | 0x20) == 0x70 {
        j += 1
        var eneg = false
        if j < body.count && (body[j] == 0x2B || body[j] == 0x2D) { eneg = body[j] == 0x2D; j += 1 }
        let e0 = j
        var big = false
        while j < body.count && isASCIIDigit(body[j]) {
            if exp < 100_000_000 { exp = exp * 10 + Int(body[j] - 0x30) } else { big = true }
            j += 1
        }
        if j == e0 { return .invalid }
        if big { exp = 200_000_000 }
        if eneg { exp = -exp }
    }
    if j != body.count { return .invalid }
    let e = exp - 4 * fracDigits
    var v: Double
    if mant.isZero {
        v = 0
    } else if e + mant.bitWidth > 1025 {
        return .overflow
    } else if e + mant.bitWidth < -1080 {
        v = 0
    } else if e >= 0 {
        guard let d = roundedDouble(mant << e) else { return .overflow }
        v = d
    } else {
        guard let d = ratioToDouble(mant, BigUInt(1) << -e) else { return .overflow }
        v = d
    }
    return .value(negative ? -v : v)
}
