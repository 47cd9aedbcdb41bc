// Argument checking for the methods of built-in types (str, bytes...), worded as
// CPython words it. CPython has several generations of argument parsing and each
// method's errors read like the one it uses, so a method names its `ArgStyle`.
// Parameters come back as value-stack slots (not Words): they stay current across
// allocations.

import WeftMemory

enum ArgStyle {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    case noArgs
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    case exactlyOne
    /// Argument Clinic, positional only: "center expected at least 1 argument, got 0".
    case positional
    /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
    case legacy
    /// Argument Clinic with keywords: "split() takes at most 2 arguments (3 given)".
    case keywords
    /// A slot wrapper (__add__, __len__...): "expected 1 argument, got 0".
    case slot
}

/// Dunder methods that CPython implements as slot wrappers (their errors read differently).
func isSlotWrapper(_ name: String) -> Bool {
    name.hasPrefix("__") && !["__format__", "__getnewargs__", "__sizeof__", "__reduce__", "__reduce_ex__"].contains(name)
}

extension Runtime {
    /// Defines a method of a built-in type whose natives may assume `self` is an
    /// instance of it (called through the type, `str.upper(1)`, it is checked here).
    func defineTypedMethod(_ type: Word, _ name: String, _ fn: @escaping NativeFunction<GC>) {
        defineMethod(type, name) { rt, a in
            rt.checkDescriptorSelf(type, name, a) ? fn(rt, a) : .null
        }
    }

    /// A method descriptor called through its type (`type.mro(5)`): its first argument
    /// must be an instance of the type. False after raising CPython's TypeError.
    func checkDescriptorSelf(_ type: Word, _ name: String, _ a: Args) -> Bool {
        let tname = TypeView(type).nameString
        let slot = isSlotWrapper(name)
        guard positionalCount(a) >= 1 else {
            if slot { raise(types.typeError, "descriptor '\(name)' of '\(tname)' object needs an argument"); return false }
            raise(types.typeError, "unbound method \(tname).\(name)() needs an argument")
            return false
        }
        let s = arg(a, 0)
        if isInstance(s, type) || name == "__new__" { return true }   // __new__ checks its own first argument
        if slot {
            raise(types.typeError, "descriptor '\(name)' requires a '\(tname)' object but received a '\(typeName(s))'")
        } else {
            raise(types.typeError, "descriptor '\(name)' for '\(tname)' objects doesn't apply to a '\(typeName(s))' object")
        }
        return false
    }

    /// A static method of a built-in type (str.maketrans).
    func defineStaticMethod(_ type: Word, _ name: String, _ fn: @escaping NativeFunction<GC>) {
        let f = builtinFunction(name, fn)
        let w = allocateImmortal(LayoutID.wrapper, bytes: WrapperField.fixedWords * 8, cls: types.staticmethod)
        w[WrapperField.wrapped] = f
        _ = dictSetStr(TypeView(type).dict, intern(name), w.word)
    }

    /// Checks the arguments of a method (self excluded) and returns the value-stack slot
    /// of each of its `max` parameters, -1 for one not given; nil after raising.
    /// `type` is the type's name, used by the METH_NOARGS/METH_O wordings.
    func methodArgs(_ a: Args, _ type: String, _ name: String, _ style: ArgStyle,
                    min: Int, max: Int, names: [String] = []) -> [Int]? {
        let npos = positionalCount(a) - 1
        let kw = a.kwnames.isNull ? 0 : TupleView(a.kwnames).count
        func fail(_ msg: String) -> [Int]? { raise(types.typeError, msg); return nil }
        func plural(_ n: Int) -> String { n == 1 ? "" : "s" }
        if style != .keywords && kw > 0 {
            if style == .slot { return fail("wrapper \(name)() takes no keyword arguments") }
            return fail("\(type).\(name)() takes no keyword arguments")
        }
        switch style {
        case .slot:
            if npos != max { return fail("expected \(max) argument\(plural(max)), got \(npos)") }
        case .noArgs:
            if npos != 0 { return fail("\(type).\(name)() takes no arguments (\(npos) given)") }
        case .exactlyOne:
            if npos != 1 { return fail("\(type).\(name)() takes exactly one argument (\(npos) given)") }
        case .positional:
            if npos < min {
                return fail("\(name) expected \(min == max ? "" : "at least ")\(min) argument\(plural(min)), got \(npos)")
            }
            if npos > max {
                return fail("\(name) expected \(min == max ? "" : "at most ")\(max) argument\(plural(max)), got \(npos)")
            }
        case .legacy:
            if npos < min {
                return fail("\(name)() takes \(min == max ? "exactly" : "at least") \(min) argument\(plural(min)) (\(npos) given)")
            }
            if npos > max {
                return fail("\(name)() takes \(min == max ? "exactly" : "at most") \(max) argument\(plural(max)) (\(npos) given)")
            }
        case .keywords:
            if npos + kw > max {
                return fail("\(name)() takes at most \(max) \(npos == 0 ? "keyword " : "")argument\(plural(max)) (\(npos + kw) given)")
            }
        }
        var slots = [Int](repeating: -1, count: max)
        for k in 0..<npos { slots[k] = a.base + 1 + k }
        if kw > 0 {
            let t = TupleView(a.kwnames)
            for k in 0..<kw {
                let key = StrView(t[k]).string
                guard let i = names.firstIndex(of: key) else {
                    return fail("'\(key)' is an invalid keyword argument for \(name)()")
                }
                if i < npos { return fail("argument for \(name)() given by name ('\(key)') and position (\(i + 1))") }
                slots[i] = a.base + 1 + npos + k
            }
        }
        for k in 0..<min where slots[k] < 0 {
            return fail("\(name)() missing required argument '\(names[k])' (pos \(k + 1))")
        }
        return slots
    }

    /// The value in a parameter slot (null when not given).
    @inline(__always) func slotValue(_ slot: Int) -> Word { slot < 0 ? .null : vs[slot] }

    /// An int argument (PyNumber_AsSsize_t): TypeError for non-ints, OverflowError for
    /// ints past a machine word.
    func indexArg(_ w: Word) -> Int? {
        if let v = intValue(w) { return v }
        if isIntLike(w) {
            raise(types.overflowError, "Python int too large to convert to C ssize_t")
            return nil
        }
        raise(types.typeError, "'\(typeName(w))' object cannot be interpreted as an integer")
        return nil
    }

    /// A slice bound given to find/count/startswith (None allowed; huge ints clamp).
    func sliceBoundArg(_ w: Word, _ dflt: Int) -> Int? {
        if w.isNull || w == .none { return dflt }
        if let v = intValue(w) { return v }
        if isIntLike(w) { return bigValue(w).sign == .minus ? Int.min / 2 : Int.max / 2 }
        raise(types.typeError, "slice indices must be integers or None or have an __index__ method")
        return nil
    }

    /// A list of new strs, one per code-point array.
    func newStrList(_ parts: [[UInt32]]) -> Word {
        let m = vsp
        defer { release(to: m) }
        for p in parts {
            guard let w = strFromCodePoints(p) else { return .null }
            keep(w)
        }
        return newList(fromStack: m, count: parts.count) ?? .null
    }

    /// A list of substrings of the str in value-stack slot `slot`.
    func newSubstrList(_ slot: Int, _ ranges: [Range<Int>]) -> Word {
        let m = vsp
        defer { release(to: m) }
        for r in ranges {
            guard let w = substr(slot, r) else { return .null }
            keep(w)
        }
        return newList(fromStack: m, count: ranges.count) ?? .null
    }

    /// str[r] of the str in value-stack slot `slot`, at the narrowest width.
    func substr(_ slot: Int, _ r: Range<Int>) -> Word? {
        let n = r.count
        if n == 0 { return intern("") }
        let s = StrView(vs[slot])
        if n == 1 && s[r.lowerBound] < 128 { return asciiChars[Int(s[r.lowerBound])] }
        if n == s.count && isExact(vs[slot]) { return vs[slot] }
        var maxc: UInt32 = 0
        if s.isASCII { maxc = 0x7F } else { for k in r { maxc = Swift.max(maxc, s[k]) } }
        let width = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4
        guard let o = allocateStr(length: n, width: width, ascii: maxc < 0x80) else { return nil }
        let src = StrView(vs[slot])
        let data = o.base + StrField.fixedWords * 8
        if src.width == width {
            data.copyMemory(from: src.data + r.lowerBound * width, byteCount: n * width)
        } else {
            var k = 0
            switch width {
            case 1: for i in r { data.storeBytes(of: UInt8(src[i]), toByteOffset: k, as: UInt8.self); k += 1 }
            case 2: for i in r { data.storeBytes(of: UInt16(src[i]), toByteOffset: k * 2, as: UInt16.self); k += 1 }
            default: for i in r { data.storeBytes(of: src[i], toByteOffset: k * 4, as: UInt32.self); k += 1 }
            }
        }
        return o.word
    }

    /// A tuple of new strs.
    func newStrTuple(_ parts: [[UInt32]]) -> Word {
        let m = vsp
        defer { release(to: m) }
        for p in parts {
            guard let w = strFromCodePoints(p) else { return .null }
            keep(w)
        }
        return newTuple(fromStack: m, count: parts.count) ?? .null
    }

    /// A str of code points; one-character ASCII strs are shared.
    func strFromCodePoints(_ cps: [UInt32]) -> Word? {
        if cps.isEmpty { return intern("") }
        if cps.count == 1 && cps[0] < 128 { return asciiChars[Int(cps[0])] }
        return newStr(codePoints: cps)
    }
}
