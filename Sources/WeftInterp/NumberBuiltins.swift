// The constructors int(), float(), complex() and the built-in functions of numbers:
// divmod, pow, round, hex, oct, bin. Built-in operands are handled natively; others go
// through the prelude (PreludeNumbers.swift), which follows CPython's protocols
// (__index__, __float__, __complex__, __round__, __divmod__...).

import BigInt
import WeftMemory

extension Runtime {
    /// Everything numbers add to the runtime (called from registerBuiltins).
    func registerNumbers() {
        registerNumberMethods()
        registerMathModule()
        registerRandomModule()
    }

    func registerNumberConstructors() {
        constructors[types.int.address] = { rt, a in
            guard let p = rt.bindArguments(a, "int", ["x", "base"], required: 0, positionalOnly: 1) else { return .null }
            let x = p[0], base = p[1]
            if base.isNull { return x.isNull ? .smallInt(0) : rt.toInt(x) }
            if x.isNull { return rt.raise(rt.types.typeError, "int() missing string argument") }
            guard let bb = rt.exactIndex(base) else {
                if rt.lookupInType(rt.typeOf(base), rt.dunder(.index)).isNull {
                    return rt.raise(rt.types.typeError, "'\(rt.typeName(base))' object cannot be interpreted as an integer")
                }
                return rt.tailCall(rt.prelude("_num_int_base"), [x, base])
            }
            let b = Int(clamping: bb)
            guard b == 0 || (b >= 2 && b <= 36) else { return rt.raise(rt.types.valueError, "int() base must be >= 2 and <= 36, or 0") }
            guard rt.kindOf(x) == .str || rt.isBytesLike(x) else {
                return rt.raise(rt.types.typeError, "int() can't convert non-string with explicit base")
            }
            return rt.parseInt(x, base: b)
        }
        constructors[types.float.address] = { rt, a in
            if rt.hasKeywords(a) { return rt.raise(rt.types.typeError, "float() takes no keyword arguments") }
            guard rt.checkArgs(a, "float", min: 0, max: 1) else { return .null }
            return a.count == 0 ? (rt.newFloat(0) ?? .null) : rt.toFloat(rt.arg(a, 0))
        }
        constructors[types.complex.address] = { rt, a in
            guard let p = rt.bindArguments(a, "complex", ["real", "imag"], required: 0) else { return .null }
            return rt.makeComplex(p[0], p[1])
        }

        let b = builtinsDict
        define(b, "divmod") { rt, a in
            guard rt.checkArgs(a, "divmod", min: 2, max: 2) else { return .null }
            let x = rt.arg(a, 0), y = rt.arg(a, 1)
            if let r = rt.numberDivmod(x, y) { return r }
            return rt.tailCall(rt.prelude("_num_divmod"), [x, y])
        }
        define(b, "pow") { rt, a in
            guard let p = rt.bindArguments(a, "pow", ["base", "exp", "mod"], required: 2) else { return .null }
            let x = p[0], y = p[1], m = p[2]
            if m.isNull || m == .none { return rt.binaryOp(.pow, x, y, inplace: false) }
            let kx = rt.kindOf(x), ky = rt.kindOf(y), km = rt.kindOf(m)
            if rt.isIntLike(x) && rt.isIntLike(y) && rt.isIntLike(m) { return rt.intPowerModulo(x, y, m) }
            if rt.isNumberKind(kx) && rt.isNumberKind(ky) && rt.isNumberKind(km) {
                if kx == .complex || ky == .complex || km == .complex { return rt.raise(rt.types.valueError, "complex modulo") }
                return rt.raise(rt.types.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
            }
            return rt.tailCall(rt.prelude("_num_pow3"), [x, y, m])
        }
        define(b, "round") { rt, a in
            guard let p = rt.bindArguments(a, "round", ["number", "ndigits"], required: 1) else { return .null }
            let x = p[0], nd = p[1].isNull ? Word.none : p[1]
            switch rt.kindOf(x) {
            case .float: return rt.floatRound(rt.floatValue(x), nd)
            case .int, .bool: return rt.intRound(x, nd)
            default:
                let m = rt.lookupInType(rt.typeOf(x), rt.dunder(.round))
                if m.isNull { return rt.raise(rt.types.typeError, "type \(rt.typeName(x)) doesn't define __round__ method") }
                return rt.tailCall(m, nd == .none ? [x] : [x, nd])
            }
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            let me = NativeRef()
            define(b, name) { rt, a in
                guard rt.checkArgs(a, name, min: 1, max: 1) else { return .null }
                let x = rt.arg(a, 0)
                guard let v = rt.exactIndex(x) else { return rt.indexRetry(me, a, x) }
                let digits = String(v.magnitude, radix: radix)
                return rt.newStr((v.sign == .minus && !v.isZero ? "-" : "") + prefix + digits) ?? .null
            }
            me.word = dictGetStr(b, intern(name))
        }
    }

    /// int(x) without a base: PyNumber_Long.
    func toInt(_ x: Word) -> Word {
        switch kindOf(x) {
        case .int, .bool: return intExact(x)
        case .float: return floatToInt(floatValue(x))
        case .str, .bytes, .bytearray: return parseInt(x, base: 10)
        case .complex:
            return raise(types.typeError, "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
        default:
            return tailCall(prelude("_num_int"), [x])
        }
    }

    /// float(x): PyNumber_Float.
    func toFloat(_ x: Word) -> Word {
        switch kindOf(x) {
        case .float: return floatExact(x)
        case .int, .bool:
            guard let d = intToDouble(x) else { return .null }
            return newFloat(d) ?? .null
        case .str, .bytes, .bytearray: return parseFloat(x)
        case .complex:
            return raise(types.typeError, "float() argument must be a string or a real number, not 'complex'")
        default:
            return tailCall(prelude("_num_float_from"), [x])
        }
    }

    /// complex(real, imag) (either may be null: absent), as complex_new_impl.
    func makeComplex(_ r0: Word, _ i: Word) -> Word {
        let r = r0.isNull ? Word.smallInt(0) : r0
        if isComplex(r) && i.isNull { return complexExact(r) }
        if kindOf(r) == .str {
            if !i.isNull { return raise(types.typeError, "complex() can't take second arg if first is a string") }
            return parseComplex(r)
        }
        if !i.isNull && kindOf(i) == .str { return raise(types.typeError, "complex() second arg can't be a string") }
        let isNum: (Word) -> Bool = { w in self.isNumberKind(self.kindOf(w)) }
        let hasFloat: (Word) -> Bool = { w in
            !self.lookupInType(self.typeOf(w), self.dunder(.float)).isNull || !self.lookupInType(self.typeOf(w), self.dunder(.index)).isNull
        }
        let rComplex = !isNum(r) && !lookupInType(typeOf(r), dunder(.complex)).isNull
        if !rComplex && !isNum(r) && !hasFloat(r) {
            return raise(types.typeError, "complex() first argument must be a string or a number, not '\(typeName(r))'")
        }
        if !i.isNull && !isNum(i) && !hasFloat(i) {
            return raise(types.typeError, "complex() second argument must be a number, not '\(typeName(i))'")
        }
        if !isNum(r) || (!i.isNull && !isNum(i)) {
            return tailCall(prelude("_num_complex"), [r, i.isNull ? missing : i])
        }
        guard let cr = toComplexValue(r) else { return .null }
        var re = cr.re, im = cr.im
        if !i.isNull {
            guard let ci = toComplexValue(i) else { return .null }
            if isComplex(i) { re -= ci.im }
            im = isComplex(r) ? ci.re + cr.im : ci.re
        }
        return newComplex(re, im) ?? .null
    }
}

extension Runtime {
    /// sys.float_info, sys.int_info, sys.hash_info and the int <-> str digit limit
    /// functions, added to the sys module kept at `km`.
    func addNumberSysAttributes(_ km: Int) -> Bool {
        let d = { ObjectRef(self.kept(km))[ModuleField.dict] }
        let fm = Double.greatestFiniteMagnitude, fmin = Double.leastNormalMagnitude, eps = Double.ulpOfOne
        let infos: [(String, [(String, Any)])] = [
            ("float_info", [("max", fm), ("max_exp", 1024), ("max_10_exp", 308), ("min", fmin), ("min_exp", -1021),
                            ("min_10_exp", -307), ("dig", 15), ("mant_dig", 53), ("epsilon", eps), ("radix", 2), ("rounds", 1)]),
            ("int_info", [("bits_per_digit", 30), ("sizeof_digit", 4), ("default_max_str_digits", intMaxStrDigitsDefault),
                          ("str_digits_check_threshold", 640)]),
            ("hash_info", [("width", 64), ("modulus", Runtime.hashModulus), ("inf", 314159), ("nan", 0), ("imag", 1000003),
                           ("algorithm", "siphash13"), ("hash_bits", 64), ("seed_bits", 128), ("cutoff", 0)]),
        ]
        for (name, fields) in infos {
            let m = vsp
            defer { release(to: m) }
            for (_, v) in fields {
                let w: Word?
                switch v {
                case let i as Int: w = newInt(i)
                case let x as Double: w = newFloat(x)
                default: w = newStr(v as! String)
                }
                guard let value = w else { return false }
                keep(value)
            }
            guard let values = newTuple(fromStack: m, count: fields.count) else { return false }
            let kv = keep(values)
            guard let obj = newInstance(preludeNamed("_num_" + name)) else { return false }
            let ko = keep(obj)
            guard instanceSet(kept(ko), intern("_values"), kept(kv)) else { return false }
            for (k, (field, _)) in fields.enumerated() {
                guard instanceSet(kept(ko), intern(field), TupleView(kept(kv))[k]) else { return false }
            }
            guard dictSetStr(d(), intern(name), kept(ko)) else { return false }
        }
        define(d(), "get_int_max_str_digits") { rt, a in
            guard rt.checkArgs(a, "get_int_max_str_digits", min: 0, max: 0) else { return .null }
            return .smallInt(rt.intMaxStrDigits)
        }
        define(d(), "set_int_max_str_digits") { rt, a in
            guard let p = rt.bindArguments(a, "set_int_max_str_digits", ["maxdigits"], required: 1) else { return .null }
            guard let v = rt.exactIndex(p[0]) else {
                return rt.raise(rt.types.typeError, "'\(rt.typeName(p[0]))' object cannot be interpreted as an integer")
            }
            guard v == 0 || v >= 640, let n = Int(exactly: v), n <= Int(Int32.max) else {
                return rt.raise(rt.types.valueError, "maxdigits must be 0 or larger than 640")
            }
            return rt.dictSetStr(rt.weftModuleDict, rt.intern("int_max_str_digits"), .smallInt(n)) ? .none : .null
        }
        return dictSetStr(d(), intern("float_repr_style"), intern("short"))
    }
}
