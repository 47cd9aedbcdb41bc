// The math module of CPython 3.11: libm functions wrapped with CPython's error rules
// (math_1, math_2: NaN from non-NaN → ValueError "math domain error", infinity from
// finite → OverflowError "math range error" or ValueError; errno checks as is_error),
// CPython's own gamma/lgamma (Lanczos), hypot/dist (vector_norm), fsum (Shewchuk's
// exact partials), log of huge ints, and exact integer functions (factorial, gcd,
// lcm, comb, perm, isqrt). Arguments that are not int, bool or float go through the
// prelude (__float__, __index__) and come back converted.

import BigInt
import WeftMemory

#if canImport(Glibc)
import Glibc
#endif

extension Runtime {
    func registerMathModule() {
        let table = newDict(immortal: true)!
        @discardableResult
        func fn(_ name: String, _ body: @escaping NativeFunction<GC>) -> Word {
            let f = builtinFunction(name, body)
            _ = dictSetStr(table, intern(name), f)
            return f
        }
        /// A function of floats: converts its positional arguments (after checking their
        /// count), or retries through the prelude for objects with __float__/__index__.
        func floatFunction(_ name: String, arity: Int, _ body: @escaping (Runtime<GC>, UnsafeBufferPointer<Double>) -> Word) {
            let me = NativeRef()
            me.word = fn(name) { rt, a in
                if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.\(name)() takes no keyword arguments") }
                guard rt.checkArgs(a, arity == 1 ? "math.\(name)" : name, min: arity, max: arity) else { return .null }
                // The converted arguments, without an array per call.
                return withUnsafeTemporaryAllocation(of: Double.self, capacity: arity) { xs -> Word in
                    for k in 0..<arity {
                        let w = rt.arg(a, k)
                        if w.isFlonum { xs[k] = w.flonumValue; continue }
                        switch rt.kindOf(w) {
                        case .float: xs[k] = rt.floatValue(w)
                        case .int, .bool:
                            guard let d = rt.intToDouble(w) else { return .null }
                            xs[k] = d
                        default:
                            return rt.tailCall(rt.prelude("_num_retry_float"), [me.word] + (0..<a.count).map { rt.arg(a, $0) })
                        }
                    }
                    return body(rt, UnsafeBufferPointer(xs))
                }
            }
        }
        /// math_1: one float argument, CPython's rules for NaN, infinity and errno.
        func math1(_ name: String, canOverflow: Bool, _ f: @escaping (Double) -> Double) {
            floatFunction(name, arity: 1) { rt, xs in
                let x = xs[0]
                errno = 0
                let r = f(x)
                if r.isNaN && !x.isNaN { return rt.raise(rt.types.valueError, "math domain error") }
                if r.isInfinite && x.isFinite {
                    return canOverflow ? rt.raise(rt.types.overflowError, "math range error")
                                       : rt.raise(rt.types.valueError, "math domain error")
                }
                if r.isFinite && errno != 0 && rt.mathIsError(r, errno) { return .null }
                return rt.newFloat(r) ?? .null
            }
        }
        /// math_1a: the function sets errno itself.
        func math1a(_ name: String, _ f: @escaping (Double) -> (Double, Int32)) {
            floatFunction(name, arity: 1) { rt, xs in
                let (r, e) = f(xs[0])
                if e != 0 && rt.mathIsError(r, e) { return .null }
                return rt.newFloat(r) ?? .null
            }
        }
        /// math_2.
        func math2(_ name: String, _ f: @escaping (Double, Double) -> Double) {
            floatFunction(name, arity: 2) { rt, xs in
                let x = xs[0], y = xs[1]
                let r = f(x, y)
                var e: Int32 = 0
                if r.isNaN { e = !x.isNaN && !y.isNaN ? EDOM : 0 }
                else if r.isInfinite { e = x.isFinite && y.isFinite ? ERANGE : 0 }
                if e != 0 && rt.mathIsError(r, e) { return .null }
                return rt.newFloat(r) ?? .null
            }
        }

        math1("acos", canOverflow: false, acos)
        math1("acosh", canOverflow: false, acosh)
        math1("asin", canOverflow: false, asin)
        math1("asinh", canOverflow: false, asinh)
        math1("atan", canOverflow: false, atan)
        math1("atanh", canOverflow: false, atanh)
        math1("cbrt", canOverflow: false, cbrt)
        math1("cos", canOverflow: false, cos)
        math1("cosh", canOverflow: true, cosh)
        math1("exp", canOverflow: true, exp)
        math1("exp2", canOverflow: true, exp2)
        math1("expm1", canOverflow: true, expm1)
        math1("fabs", canOverflow: false, fabs)
        math1("log1p", canOverflow: false) { x in x == 0 ? x : log1p(x) }
        math1("sin", canOverflow: false, sin)
        math1("sinh", canOverflow: true, sinh)
        math1("sqrt", canOverflow: false, sqrt)
        math1("tan", canOverflow: false, tan)
        math1("tanh", canOverflow: false, tanh)
        math1a("erf") { x in errno = 0; let r = erf(x); return (r, errno) }
        math1a("erfc") { x in errno = 0; let r = erfc(x); return (r, errno) }
        math1a("gamma", mathGamma)
        math1a("lgamma", mathLgamma)
        math2("atan2", mathAtan2)
        math2("copysign", copysign)
        math2("remainder", mathRemainder)

        floatFunction("fmod", arity: 2) { rt, xs in
            let x = xs[0], y = xs[1]
            if y.isInfinite && x.isFinite { return rt.newFloat(x) ?? .null }
            let r = fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { return rt.raise(rt.types.valueError, "math domain error") }
            return rt.newFloat(r) ?? .null
        }
        floatFunction("pow", arity: 2) { rt, xs in
            let (r, e) = mathPow(xs[0], xs[1])
            if e != 0 && rt.mathIsError(r, e) { return .null }
            return rt.newFloat(r) ?? .null
        }
        floatFunction("degrees", arity: 1) { rt, xs in rt.newFloat(xs[0] * (180.0 / Double.pi)) ?? .null }
        floatFunction("radians", arity: 1) { rt, xs in rt.newFloat(xs[0] * (Double.pi / 180.0)) ?? .null }
        floatFunction("isfinite", arity: 1) { rt, xs in .bool(xs[0].isFinite) }
        floatFunction("isinf", arity: 1) { rt, xs in .bool(xs[0].isInfinite) }
        floatFunction("isnan", arity: 1) { rt, xs in .bool(xs[0].isNaN) }
        floatFunction("nextafter", arity: 2) { rt, xs in rt.newFloat(nextafter(xs[0], xs[1])) ?? .null }
        floatFunction("ulp", arity: 1) { rt, xs in
            var x = xs[0]
            if x.isNaN { return rt.newFloat(x) ?? .null }
            x = Swift.abs(x)
            if x.isInfinite { return rt.newFloat(x) ?? .null }
            let x2 = nextafter(x, .infinity)
            if x2.isInfinite { return rt.newFloat(x - nextafter(x, -.infinity)) ?? .null }
            return rt.newFloat(x2 - x) ?? .null
        }
        floatFunction("frexp", arity: 1) { rt, xs in
            var x = xs[0]
            var e: Int32 = 0
            if !(x.isNaN || x.isInfinite || x == 0) { x = frexp(x, &e) }
            guard let m = rt.newFloat(x) else { return .null }
            return rt.newTuple([m, .smallInt(Int(e))]) ?? .null
        }
        floatFunction("modf", arity: 1) { rt, xs in
            let x = xs[0]
            var frac: Double, whole: Double
            if x.isInfinite { frac = copysign(0.0, x); whole = x }
            else if x.isNaN { frac = x; whole = x }
            else { whole = x.rounded(.towardZero); frac = copysign(x - whole, x) }
            let m = rt.vsp
            defer { rt.release(to: m) }
            guard let f = rt.newFloat(frac) else { return .null }
            rt.keep(f)
            guard let w = rt.newFloat(whole) else { return .null }
            rt.keep(w)
            return rt.newTuple(fromStack: m, count: 2) ?? .null
        }

        let ldexpRef = NativeRef()
        ldexpRef.word = fn("ldexp") { rt, a in
            guard rt.checkArgs(a, "ldexp", min: 2, max: 2) else { return .null }
            let xw = rt.arg(a, 0), iw = rt.arg(a, 1)
            guard rt.isNumberKind(rt.kindOf(xw)) && rt.kindOf(xw) != .complex else {
                return rt.tailCall(rt.prelude("_num_retry_float"), [ldexpRef.word, xw, iw])
            }
            guard rt.isIntLike(iw) else { return rt.raise(rt.types.typeError, "Expected an int as second argument to ldexp.") }
            guard let x = rt.numberToDouble(xw) else { return .null }
            let i = Int(clamping: rt.bigValue(iw))
            var r: Double
            if x == 0 || !x.isFinite { r = x }
            else if i > Int(Int32.max) { r = copysign(.infinity, x) }
            else if i < Int(Int32.min) { r = copysign(0.0, x) }
            else { r = ldexp(x, Int32(i)) }
            if r.isInfinite && x.isFinite { return rt.raise(rt.types.overflowError, "math range error") }
            return rt.newFloat(r) ?? .null
        }

        let floorRef = NativeRef(), ceilRef = NativeRef()
        floorRef.word = fn("floor") { rt, a in rt.mathRound(a, "floor", .down, floorRef) }
        ceilRef.word = fn("ceil") { rt, a in rt.mathRound(a, "ceil", .up, ceilRef) }
        fn("trunc") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.trunc() takes no keyword arguments") }
            guard rt.checkArgs(a, "math.trunc", min: 1, max: 1) else { return .null }
            let x = rt.arg(a, 0)
            switch rt.kindOf(x) {
            case .float: return rt.floatToInt(rt.floatValue(x))
            case .int, .bool: return rt.intExact(x)
            default:
                let m = rt.lookupInType(rt.typeOf(x), rt.dunder(.trunc))
                if m.isNull { return rt.raise(rt.types.typeError, "type \(rt.typeName(x)) doesn't define __trunc__ method") }
                return rt.tailCall(m, [x])
            }
        }

        let logRef = NativeRef()
        logRef.word = fn("log") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.log() takes no keyword arguments") }
            guard a.count >= 1 && a.count <= 2 else { return rt.raise(rt.types.typeError, "math.log requires 1 to 2 arguments") }
            guard let num = rt.logHelper(rt.arg(a, 0), log, retry: logRef, a) else { return .null }
            if a.count == 1 { return rt.newFloat(num) ?? .null }
            guard let den = rt.logHelper(rt.arg(a, 1), log, retry: logRef, a) else { return .null }
            if den == 0 { return rt.raise(rt.types.zeroDivisionError, "float division by zero") }
            return rt.newFloat(num / den) ?? .null
        }
        for (name, f) in [("log2", mathLog2), ("log10", mathLog10)] as [(String, (Double) -> Double)] {
            let me = NativeRef()
            me.word = fn(name) { rt, a in
                if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.\(name)() takes no keyword arguments") }
                guard rt.checkArgs(a, "math.\(name)", min: 1, max: 1) else { return .null }
                guard let r = rt.logHelper(rt.arg(a, 0), f, retry: me, a) else { return .null }
                return rt.newFloat(r) ?? .null
            }
        }

        let isclose = NativeRef()
        isclose.word = fn("isclose") { rt, a in
            guard let p = rt.bindArguments(a, "isclose", ["a", "b"], required: 2, keywordOnly: ["rel_tol", "abs_tol"]) else { return .null }
            var v = [Double]()
            for w in p {
                if w.isNull { v.append(.nan); continue }
                switch rt.kindOf(w) {
                case .float: v.append(rt.floatValue(w))
                case .int, .bool:
                    guard let d = rt.intToDouble(w) else { return .null }
                    v.append(d)
                default:
                    return rt.tailCall(rt.prelude("_num_retry_float"), [isclose.word] + (0..<a.count).map { rt.arg(a, $0) }, kwnames: a.kwnames)
                }
            }
            let x = v[0], y = v[1], rel = p[2].isNull ? 1e-09 : v[2], abst = p[3].isNull ? 0.0 : v[3]
            if rel < 0 || abst < 0 { return rt.raise(rt.types.valueError, "tolerances must be non-negative") }
            if x == y { return .true }
            if x.isInfinite || y.isInfinite { return .false }
            let diff = Swift.abs(y - x)
            return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abst)
        }

        let hypot = NativeRef()
        hypot.word = fn("hypot") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "hypot() takes no keyword arguments") }
            guard let xs = rt.mathDoubles((0..<a.count).map { rt.arg(a, $0) }) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_num_retry_float"), [hypot.word] + (0..<a.count).map { rt.arg(a, $0) })
            }
            var mx = 0.0, nan = false
            let v = xs.map { Swift.abs($0) }
            for x in v { nan = nan || x.isNaN; if x > mx { mx = x } }
            return rt.newFloat(vectorNorm(v, mx, nan)) ?? .null
        }
        let dist = NativeRef()
        dist.word = fn("dist") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "dist() takes no keyword arguments") }
            guard rt.checkArgs(a, "dist", min: 2, max: 2) else { return .null }
            let p = rt.arg(a, 0), q = rt.arg(a, 1)
            guard rt.kindOf(p) == .tuple && rt.kindOf(q) == .tuple else {
                return rt.tailCall(rt.prelude("_num_dist"), [dist.word, p, q])
            }
            let tp = TupleView(p), tq = TupleView(q)
            if tp.count != tq.count { return rt.raise(rt.types.valueError, "both points must have the same number of dimensions") }
            guard let ps = rt.mathDoubles((0..<tp.count).map { tp[$0] }), let qs = rt.mathDoubles((0..<tq.count).map { tq[$0] }) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_num_dist"), [dist.word, p, q])
            }
            var mx = 0.0, nan = false
            var v: [Double] = []
            for k in 0..<ps.count {
                let x = Swift.abs(ps[k] - qs[k])
                v.append(x)
                nan = nan || x.isNaN
                if x > mx { mx = x }
            }
            return rt.newFloat(vectorNorm(v, mx, nan)) ?? .null
        }
        let fsum = NativeRef()
        fsum.word = fn("fsum") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.fsum() takes no keyword arguments") }
            guard rt.checkArgs(a, "math.fsum", min: 1, max: 1) else { return .null }
            let s = rt.arg(a, 0)
            var items: [Word] = []
            if rt.kindOf(s) == .list && rt.isExact(s) { items = (0..<ListView(s).count).map { ListView(s)[$0] } }
            else if rt.kindOf(s) == .tuple && rt.isExact(s) { items = (0..<TupleView(s).count).map { TupleView(s)[$0] } }
            else { return rt.tailCall(rt.prelude("_num_fsum"), [fsum.word, s]) }
            guard let xs = rt.mathDoubles(items) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_num_fsum"), [fsum.word, s])
            }
            switch exactSum(xs) {
            case .value(let d): return rt.newFloat(d) ?? .null
            case .overflow: return rt.raise(rt.types.overflowError, "intermediate overflow in fsum")
            case .infMinusInf: return rt.raise(rt.types.valueError, "-inf + inf in fsum")
            }
        }
        fn("prod") { rt, a in
            guard let p = rt.bindArguments(a, "prod", ["iterable"], required: 1, keywordOnly: ["start"], positionalOnly: 1) else { return .null }
            return rt.tailCall(rt.prelude("_num_prod"), [p[0], p[1].isNull ? .smallInt(1) : p[1]])
        }

        // Integer functions.
        func intArgs(_ a: Args, _ me: NativeRef) -> [BigInt]? {
            var out: [BigInt] = []
            for k in 0..<a.count {
                guard let v = exactIndex(arg(a, k)) else { _ = indexRetry(me, a, arg(a, k)); return nil }
                out.append(v)
            }
            return out
        }
        let factorial = NativeRef()
        factorial.word = fn("factorial") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.factorial() takes no keyword arguments") }
            guard rt.checkArgs(a, "math.factorial", min: 1, max: 1) else { return .null }
            guard let v = intArgs(a, factorial)?[0] else { return .null }
            if v.sign == .minus { return rt.raise(rt.types.valueError, "factorial() not defined for negative values") }
            guard let n = Int(exactly: v) else { return rt.raise(rt.types.overflowError, "factorial() argument should not exceed 9223372036854775807") }
            return rt.newInt(BigInt(productRange(1, n))) ?? .null
        }
        for (name, isGcd) in [("gcd", true), ("lcm", false)] {
            let me = NativeRef()
            me.word = fn(name) { rt, a in
                if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "\(name)() takes no keyword arguments") }
                guard let vs = intArgs(a, me) else { return .null }
                if vs.isEmpty { return .smallInt(isGcd ? 0 : 1) }
                var r = vs[0].magnitude
                for v in vs.dropFirst() {
                    if isGcd { r = r.greatestCommonDivisor(with: v.magnitude) }
                    else if r.isZero || v.isZero { r = 0 }
                    else { r = r / r.greatestCommonDivisor(with: v.magnitude) * v.magnitude }
                }
                return rt.newInt(BigInt(r)) ?? .null
            }
        }
        let isqrt = NativeRef()
        isqrt.word = fn("isqrt") { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "math.isqrt() takes no keyword arguments") }
            guard rt.checkArgs(a, "math.isqrt", min: 1, max: 1) else { return .null }
            guard let v = intArgs(a, isqrt)?[0] else { return .null }
            if v.sign == .minus { return rt.raise(rt.types.valueError, "isqrt() argument must be nonnegative") }
            return rt.newInt(BigInt(integerSquareRoot(v.magnitude))) ?? .null
        }
        for (name, isComb) in [("comb", true), ("perm", false)] {
            let me = NativeRef()
            me.word = fn(name) { rt, a in
                if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "\(name)() takes no keyword arguments") }
                guard rt.checkArgs(a, name, min: isComb ? 2 : 1, max: 2) else { return .null }
                if !isComb && (a.count == 1 || rt.arg(a, 1) == .none) {
                    return rt.tailCall(factorial.word, [rt.arg(a, 0)])
                }
                guard let vs = intArgs(a, me) else { return .null }
                let n = vs[0], k = vs[1]
                if n.sign == .minus { return rt.raise(rt.types.valueError, "n must be a non-negative integer") }
                if k.sign == .minus { return rt.raise(rt.types.valueError, "k must be a non-negative integer") }
                if k > n { return .smallInt(0) }
                var kk = k
                if isComb && n - k < k { kk = n - k }
                guard let ki = Int(exactly: kk) else {
                    return rt.raise(rt.types.overflowError, isComb ? "min(n - k, k) must not exceed 9223372036854775807" : "k must not exceed 9223372036854775807")
                }
                // P(n, k) = n (n-1) ... (n-k+1); C(n, k) = P(n, k) / k!
                var p = BigUInt(1)
                let nm = n.magnitude
                if ki > 0 { p = productRange(nm - BigUInt(ki) + 1, nm) }
                if isComb { p /= productRange(1, ki) }
                return rt.newInt(BigInt(p)) ?? .null
            }
        }

        builtinModuleMakers["math"] = { rt in
            guard let mod = rt.newModule("math", file: nil) else { return nil }
            let km = rt.keep(mod)
            defer { rt.release(to: km) }
            let d = { ObjectRef(rt.kept(km))[ModuleField.dict] }
            var ok = true
            rt.dictForEach(table) { k, v in ok = ok && rt.dictSetStr(d(), k, v) }
            for (name, value) in [("pi", Double.pi), ("e", 2.718281828459045), ("tau", 2 * Double.pi), ("inf", Double.infinity), ("nan", Double.nan)] {
                guard ok, let f = rt.newFloat(value) else { return nil }
                ok = rt.dictSetStr(d(), rt.intern(name), f)
            }
            return ok ? rt.kept(km) : nil
        }
    }

    /// is_error: raises for errno EDOM, or ERANGE with a result of magnitude 1.5 or
    /// more (underflows are not errors); false if no error.
    func mathIsError(_ r: Double, _ e: Int32) -> Bool {
        if e == EDOM { raise(types.valueError, "math domain error"); return true }
        if e == ERANGE {
            if Swift.abs(r) < 1.5 { return false }
            raise(types.overflowError, "math range error")
            return true
        }
        raise(types.valueError, "math domain error")
        return true
    }

    /// The doubles of int, bool and float values; nil if one is something else (nothing
    /// raised) or an int is too large (OverflowError raised).
    func mathDoubles(_ ws: [Word]) -> [Double]? {
        var out: [Double] = []
        out.reserveCapacity(ws.count)
        for w in ws {
            switch kindOf(w) {
            case .float: out.append(floatValue(w))
            case .int, .bool:
                guard let d = intToDouble(w) else { return nil }
                out.append(d)
            default: return nil
            }
        }
        return out
    }

    /// math.floor / math.ceil: float directly, __floor__/__ceil__ otherwise.
    func mathRound(_ a: Args, _ name: String, _ rule: FloatingPointRoundingRule, _ me: NativeRef) -> Word {
        if hasKeywords(a) { return raise(types.typeError, "math.\(name)() takes no keyword arguments") }
        guard checkArgs(a, "math.\(name)", min: 1, max: 1) else { return .null }
        let x = arg(a, 0)
        switch kindOf(x) {
        case .float: return floatToInt(floatValue(x).rounded(rule))
        case .int, .bool: return intExact(x)
        default:
            let m = lookupInType(typeOf(x), intern("__\(name)__"))
            if !m.isNull { return tailCall(m, [x]) }
            return tailCall(prelude("_num_retry_float"), [me.word, x])
        }
    }

    /// loghelper: ints of any size natively; nil after raising or asking for a retry.
    func logHelper(_ w: Word, _ f: (Double) -> Double, retry: NativeRef, _ a: Args) -> Double? {
        if isIntLike(w) {
            let v = bigValue(w)
            if v.sign == .minus || v.isZero { raise(types.valueError, "math domain error"); return nil }
            if let d = roundedDouble(v.magnitude) { return f(d) }
            // x = m * 2**e with 0.5 <= m < 1.
            var e = v.magnitude.bitWidth
            var m = ratioToDouble(v.magnitude, BigUInt(1) << e) ?? 1
            if m == 1 { m = 0.5; e += 1 }
            return f(m) + f(2.0) * Double(e)
        }
        guard kindOf(w) == .float else {
            tailCall(prelude("_num_retry_float"), [retry.word] + (0..<a.count).map { arg(a, $0) })
            return nil
        }
        let x = floatValue(w)
        let r = f(x)
        if r.isNaN && !x.isNaN { raise(types.valueError, "math domain error"); return nil }
        if r.isInfinite && x.isFinite { raise(types.valueError, "math domain error"); return nil }
        return r
    }
}

// MARK: the numerics, as CPython's mathmodule.c computes them

func mathLog(_ x: Double) -> Double {
    if x.isFinite { return x > 0 ? log(x) : (x == 0 ? -.infinity : .nan) }
    if x.isNaN || x > 0 { return x }
    return .nan
}

func mathLog2(_ x: Double) -> Double {
    if !x.isFinite { return x.isNaN || x > 0 ? x : .nan }
    if x > 0 { return log2(x) }
    return x == 0 ? -.infinity : .nan
}

func mathLog10(_ x: Double) -> Double {
    if x.isFinite { return x > 0 ? log10(x) : (x == 0 ? -.infinity : .nan) }
    if x.isNaN || x > 0 { return x }
    return .nan
}

func mathAtan2(_ y: Double, _ x: Double) -> Double {
    if x.isNaN || y.isNaN { return .nan }
    if y.isInfinite {
        if x.isInfinite {
            return copysign(x.sign == .plus ? 0.25 * Double.pi : 0.75 * Double.pi, y)
        }
        return copysign(0.5 * Double.pi, y)
    }
    if x.isInfinite || y == 0 {
        return x.sign == .plus ? copysign(0.0, y) : copysign(Double.pi, y)
    }
    return atan2(y, x)
}

func mathRemainder(_ x: Double, _ y: Double) -> Double {
    if x.isFinite && y.isFinite {
        if y == 0 { return .nan }
        let absx = Swift.abs(x), absy = Swift.abs(y)
        let m = fmod(absx, absy)
        let c = absy - m
        var r: Double
        if m < c { r = m }
        else if m > c { r = -c }
        else { r = m - 2.0 * fmod(0.5 * (absx - m), absy) }
        return copysign(1.0, x) * r
    }
    if x.isNaN { return x }
    if y.isNaN { return y }
    if x.isInfinite { return .nan }
    return x
}

/// math.pow: the result and the errno CPython would see.
func mathPow(_ x: Double, _ y: Double) -> (Double, Int32) {
    if !x.isFinite || !y.isFinite {
        if x.isNaN { return (y == 0 ? 1 : x, 0) }
        if y.isNaN { return (x == 1 ? 1 : y, 0) }
        if x.isInfinite {
            let odd = y.isFinite && fmod(Swift.abs(y), 2.0) == 1.0
            if y > 0 { return (odd ? x : Swift.abs(x), 0) }
            if y == 0 { return (1, 0) }
            return (odd ? copysign(0.0, x) : 0.0, 0)
        }
        if Swift.abs(x) == 1 { return (1, 0) }
        if y > 0 && Swift.abs(x) > 1 { return (y, 0) }
        if y < 0 && Swift.abs(x) < 1 { return (-y, 0) }
        return (0, 0)
    }
    let r = Glibc.pow(x, y)
    if !r.isFinite {
        if r.isNaN { return (r, EDOM) }
        return (r, x == 0 ? EDOM : ERANGE)
    }
    return (r, 0)
}

private let lanczosG = 6.024680040776729583740234375
private let lanczosGMinusHalf = 5.524680040776729583740234375
private let lanczosNum: [Double] = [
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
private let lanczosDen: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
private let gammaIntegral: [Double] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
]
private let logPi = 1.144729885849400174143427351353058711647

private func lanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    if x < 5.0 {
        for i in stride(from: 12, through: 0, by: -1) {
            num = num * x + lanczosNum[i]
            den = den * x + lanczosDen[i]
        }
    } else {
        for i in 0..<13 {
            num = num / x + lanczosNum[i]
            den = den / x + lanczosDen[i]
        }
    }
    return num / den
}

/// sin(pi * x), accurate for integral x.
private func sinPi(_ x: Double) -> Double {
    let y = fmod(Swift.abs(x), 2.0)
    let n = Int((2.0 * y).rounded())
    var r: Double
    switch n {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1.0 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
}

/// m_tgamma: the value and errno.
func mathGamma(_ x: Double) -> (Double, Int32) {
    if !x.isFinite {
        if x.isNaN || x > 0 { return (x, 0) }
        return (.nan, EDOM)
    }
    if x == 0 { return (copysign(.infinity, x), EDOM) }
    if x == x.rounded(.down) {
        if x < 0 { return (.nan, EDOM) }
        if x <= 23 { return (gammaIntegral[Int(x) - 1], 0) }
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 {
        let r = 1.0 / x
        return (r, r.isInfinite ? ERANGE : 0)
    }
    if absx > 200.0 {
        if x < 0 { return (0.0 / sinPi(x), 0) }
        return (.infinity, ERANGE)
    }
    let y = absx + lanczosGMinusHalf
    var z: Double
    if absx > lanczosGMinusHalf {
        let q = y - absx
        z = q - lanczosGMinusHalf
    } else {
        let q = y - lanczosGMinusHalf
        z = q - absx
    }
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
        r = -Double.pi / sinPi(absx) / absx * exp(y) / lanczosSum(absx)
        r -= z * r
        if absx < 140.0 {
            r /= Glibc.pow(y, absx - 0.5)
        } else {
            let sqrtpow = Glibc.pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
        }
    } else {
        r = lanczosSum(absx) / exp(y)
        r += z * r
        if absx < 140.0 {
            r *= Glibc.pow(y, absx - 0.5)
        } else {
            let sqrtpow = Glibc.pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
        }
    }
    return (r, r.isInfinite ? ERANGE : 0)
}

/// m_lgamma: the value and errno.
func mathLgamma(_ x: Double) -> (Double, Int32) {
    if !x.isFinite { return (x.isNaN ? x : .infinity, 0) }
    if x == x.rounded(.down) && x <= 2.0 {
        if x <= 0 { return (.infinity, EDOM) }
        return (0.0, 0)
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 { return (-log(absx), 0) }
    var r = log(lanczosSum(absx)) - lanczosG
    r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
    if x < 0 { r = logPi - log(Swift.abs(sinPi(absx))) - log(absx) - r }
    return (r, r.isInfinite ? ERANGE : 0)
}

/// vector_norm: hypot of many coordinates with CPython's scaling, splitting and
/// compensated summation (its results are what CPython's are, bit for bit).
func vectorNorm(_ vec: [Double], _ max: Double, _ foundNaN: Bool) -> Double {
    let t27 = 134217729.0
    if max.isInfinite { return max }
    if foundNaN { return .nan }
    if max == 0 || vec.count <= 1 { return max }
    var maxE: Int32 = 0
    _ = frexp(max, &maxE)
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
    var oldcsum: Double
    if maxE >= -1023 {
        let scale = ldexp(1.0, -maxE)
        for v in vec {
            var x = v * scale
            let t = x * t27
            let hi = t - (t - x)
            let lo = x - hi
            x = hi * hi
            oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x
            x = 2.0 * hi * lo
            oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x
            frac3 += lo * lo
        }
        let h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
        var x = h
        let t = x * t27
        let hi = t - (t - x)
        let lo = x - hi
        x = -hi * hi
        oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x
        x = -2.0 * hi * lo
        oldcsum = csum; csum += x; frac2 += (oldcsum - csum) + x
        x = -lo * lo
        oldcsum = csum; csum += x; frac3 += (oldcsum - csum) + x
        x = csum - 1.0 + (frac1 + frac2 + frac3)
        return (h + x / (2.0 * h)) / scale
    }
    for v in vec {
        var x = v / max
        x = x * x
        oldcsum = csum; csum += x; frac1 += (oldcsum - csum) + x
    }
    return max * sqrt(csum - 1.0 + frac1)
}

enum ExactSum { case value(Double), overflow, infMinusInf }

/// math.fsum's algorithm (msum with exact partials and half-even final rounding).
func exactSum(_ items: [Double]) -> ExactSum {
    var p: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    for item in items {
        var x = item
        let xsave = x
        var i = 0
        for j in 0..<p.count {
            var y = p[j]
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let hi = x + y
            let yr = hi - x
            let lo = y - yr
            if lo != 0 { p[i] = lo; i += 1 }
            x = hi
        }
        p.removeSubrange(i...)
        if x != 0 {
            if !x.isFinite {
                if xsave.isFinite { return .overflow }
                if xsave.isInfinite { infSum += xsave }
                specialSum += xsave
                p.removeAll()
            } else {
                p.append(x)
            }
        }
    }
    if specialSum != 0 {
        if infSum.isNaN { return .infMinusInf }
        return .value(specialSum)
    }
    var hi = 0.0
    var n = p.count
    if n > 0 {
        n -= 1
        hi = p[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = p[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
            let y = lo * 2.0
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
    }
    return .value(hi)
}

/// The product of the integers lo...hi (1 if empty), by binary splitting.
func productRange(_ lo: BigUInt, _ hi: BigUInt) -> BigUInt {
    if lo > hi { return 1 }
    if hi - lo < 16 {
        var r = lo
        var k = lo + 1
        while k <= hi { r *= k; k += 1 }
        return r
    }
    let mid = (lo + hi) >> 1
    return productRange(lo, mid) * productRange(mid + 1, hi)
}

func productRange(_ lo: Int, _ hi: Int) -> BigUInt { productRange(BigUInt(lo), BigUInt(max(hi, 0))) }

/// The integer square root (Newton's method from above).
func integerSquareRoot(_ n: BigUInt) -> BigUInt {
    if n.isZero { return 0 }
    var x = BigUInt(1) << ((n.bitWidth + 1) / 2)
    while true {
        let y = (x + n / x) >> 1
        if y >= x { return x }
        x = y
    }
}
