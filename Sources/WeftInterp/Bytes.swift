// bytes: immutable byte strings, stored like a one-byte str (StrField layout). The
// constructor, item access and iteration (items are ints), and the methods, sharing the
// search/split/pad algorithms of StrMethods.swift; the ASCII-only case mappings and
// predicates of CPython's Objects/bytes_methods.c. bytes % args is in StrPercent.swift.
// The same methods serve bytearray (ByteArray.swift): each is registered on both types
// and makes its results of its receiver's type (`newBytesLike`).

import BigInt
import WeftMemory
import WeftSyntax

extension Runtime {
    func newBytes(_ b: [UInt8]) -> Word? {
        let bytes = StrField.fixedWords * 8 + ((b.count + 7) & ~7)
        guard let o = allocate(LayoutID.bytes, bytes: bytes, cls: types.bytes) else { return nil }
        o.setRaw(StrField.byteLength, UInt64(b.count))
        o.setRaw(StrField.hash, 0)
        o.setRaw(StrField.kind, 1)
        let data = o.base + StrField.fixedWords * 8
        b.withUnsafeBytes { if $0.count > 0 { data.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        return o.word
    }

    /// A method's result: bytes `b` as a bytes, or as a bytearray when the method's
    /// receiver (argument 0) is one.
    func newBytesLike(_ a: Args, _ b: [UInt8]) -> Word {
        (kindOf(arg(a, 0)) == .bytearray ? newByteArray(b) : newBytes(b)) ?? .null
    }

    /// A method's receiver returned unchanged: a bytes itself (a subclass's value is
    /// copied), a bytearray as a new copy.
    func unchangedBytesSelf(_ a: Args) -> Word {
        let s = arg(a, 0)
        return kindOf(s) == .bytes && isExact(s) ? s : newBytesLike(a, bytesOf(s))
    }

    func newBytesList(_ a: Args, _ parts: [ArraySlice<UInt8>]) -> Word {
        let m = vsp
        defer { release(to: m) }
        for p in parts {
            let w = newBytesLike(a, Array(p))
            if w.isNull { return .null }
            keep(w)
        }
        return newList(fromStack: m, count: parts.count) ?? .null
    }

    func newBytesTuple(_ a: Args, _ parts: [[UInt8]]) -> Word {
        let m = vsp
        defer { release(to: m) }
        for p in parts {
            let w = newBytesLike(a, p)
            if w.isNull { return .null }
            keep(w)
        }
        return newTuple(fromStack: m, count: parts.count) ?? .null
    }

    /// Is the value a bytes or a bytearray (subclass instances included)?
    @inline(__always) func isBytesLike(_ w: Word) -> Bool {
        let k = kindOf(w)
        return k == .bytes || k == .bytearray
    }

    /// The bytes of a bytes-like argument, or nil (nothing raised).
    func bytesLike(_ w: Word) -> [UInt8]? {
        isBytesLike(w) ? bytesOf(w) : nil
    }

    /// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
    func requireBytes(_ w: Word) -> [UInt8]? {
        if let b = bytesLike(w) { return b }
        raise(types.typeError, "a bytes-like object is required, not '\(typeName(w))'")
        return nil
    }

    /// The needle of find/count/index/in: bytes-like or an int in range(256).
    func byteNeedle(_ w: Word) -> [UInt8]? {
        if let b = bytesLike(w) { return b }
        if isIntLike(w) {
            guard let v = intValue(w), v >= 0 && v < 256 else {
                raise(types.valueError, "byte must be in range(0, 256)")
                return nil
            }
            return [UInt8(v)]
        }
        raise(types.typeError, "argument should be integer or bytes-like object, not '\(typeName(w))'")
        return nil
    }

    func registerBytes() {
        constructors[types.bytes.address] = { rt, a in rt.bytesConstruct(a) }
        for t in [types.bytes, types.bytearray] { registerBytesMethods(t) }
    }

    /// The methods bytes and bytearray share, registered on type `t`.
    private func registerBytesMethods(_ t: Word) {
        let tn = TypeView(t).nameString
        let isArray = t == types.bytearray
        func method(_ name: String, _ style: ArgStyle, min: Int = 0, max: Int = 0, names: [String] = [],
                    _ body: @escaping (Runtime<GC>, Args, [Int]) -> Word) {
            defineTypedMethod(t, name) { rt, a in
                guard let p = rt.methodArgs(a, tn, name, style, min: min, max: max, names: names) else { return .null }
                return body(rt, a, p)
            }
        }
        let it = makeBuiltinType(tn + "_iterator", base: types.object, kind: .iterator, flags: 0)
        extraIterators[it.address] = { rt, itw in
            let o = ObjectRef(itw)
            let b = o[IteratorField.a]
            let i = Int(Int64(bitPattern: o.raw(IteratorField.i)))
            guard b != .none, i < rt.byteCount(b) else { o[IteratorField.a] = .none; return .null }
            o.setRaw(IteratorField.i, UInt64(i + 1))
            return .smallInt(Int(rt.byteAt(b, i)))
        }
        defineMethod(it, "__next__") { rt, a in
            let v = rt.nativeNext(rt.arg(a, 0)) ?? .null
            if v.isNull && rt.raising.isNull { return rt.raiseEmpty(rt.types.stopIteration) }
            return v
        }
        defineMethod(it, "__iter__") { rt, a in rt.arg(a, 0) }
        method("__iter__", .slot) { rt, a, _ in rt.newIterator(it, rt.arg(a, 0)) ?? .null }
        method("__len__", .slot) { rt, a, _ in .smallInt(rt.byteCount(rt.arg(a, 0))) }
        if isArray {
            _ = dictSetStr(TypeView(t).dict, dunder(.hash), .none)
        } else {
            method("__hash__", .slot) { rt, a, _ in rt.newInt(StrView(rt.arg(a, 0)).hash) ?? .null }
            method("__getnewargs__", .noArgs) { rt, a, _ in rt.newTuple([rt.arg(a, 0)]) ?? .null }
        }
        for name in ["__repr__", "__str__"] {
            method(name, .slot) { rt, a, _ in rt.newStr(rt.bytesRepr(rt.arg(a, 0))) ?? .null }
        }
        method("__getitem__", .slot, min: 1, max: 1) { rt, a, p in
            let key = rt.slotValue(p[0])
            let n = rt.byteCount(rt.arg(a, 0))
            if rt.isIntLike(key) {
                guard let i = rt.intValue(key) else { return rt.raise(rt.types.indexError, "cannot fit 'int' into an index-sized integer") }
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { return rt.raise(rt.types.indexError, isArray ? "bytearray index out of range" : "index out of range") }
                return .smallInt(Int(rt.byteAt(rt.arg(a, 0), j)))
            }
            if rt.kindOf(key) == .slice {
                guard let (start, _, step, count) = rt.sliceIndices(key, length: n) else { return .null }
                let b = rt.bytesOf(rt.arg(a, 0))
                if step == 1 && count == n { return rt.unchangedBytesSelf(a) }
                return rt.newBytesLike(a, (0..<count).map { b[start + $0 * step] })
            }
            return rt.raise(rt.types.typeError, "\(isArray ? "bytearray" : "byte") indices must be integers or slices, not \(rt.typeName(key))")
        }
        method("__contains__", .slot, min: 1, max: 1) { rt, a, p in
            let x = rt.slotValue(p[0])
            guard let needle = rt.isIntLike(x) ? rt.byteNeedle(x) : rt.requireBytes(x) else { return .null }
            let hay = rt.bytesOf(rt.arg(a, 0))
            return .bool(Search.find(hay, needle, 0, hay.count) >= 0)
        }
        method("__add__", .slot, min: 1, max: 1) { rt, a, p in
            let y = rt.slotValue(p[0])
            guard let b = rt.bytesLike(y) else {
                return isArray ? rt.raise(rt.types.typeError, "can't concat \(rt.typeName(y)) to bytearray") : .notImplemented
            }
            let x = rt.bytesOf(rt.arg(a, 0))
            if b.isEmpty { return rt.unchangedBytesSelf(a) }
            return rt.newBytesLike(a, x + b)
        }
        for name in ["__mul__", "__rmul__"] {
            method(name, .slot, min: 1, max: 1) { rt, a, p in
                let nw = rt.slotValue(p[0])
                guard rt.isIntLike(nw) else { return .notImplemented }
                guard let n = rt.intValue(nw) else { return rt.raise(rt.types.overflowError, "cannot fit 'int' into an index-sized integer") }
                let x = rt.bytesOf(rt.arg(a, 0))
                if n == 1 { return rt.unchangedBytesSelf(a) }
                var out: [UInt8] = []
                for _ in 0..<Swift.max(0, n) { out += x }
                return rt.newBytesLike(a, out)
            }
        }
        for (name, kind) in [("__eq__", CompareKind.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            method(name, .slot, min: 1, max: 1) { rt, a, p in
                guard let y = rt.bytesLike(rt.slotValue(p[0])) else { return .notImplemented }
                let x = rt.bytesOf(rt.arg(a, 0))
                let c = x.lexicographicallyPrecedes(y) ? -1 : x == y ? 0 : 1
                switch kind {
                case .eq: return .bool(c == 0)
                case .ne: return .bool(c != 0)
                case .lt: return .bool(c < 0)
                case .le: return .bool(c <= 0)
                case .gt: return .bool(c > 0)
                case .ge: return .bool(c >= 0)
                }
            }
        }
        method("__mod__", .slot, min: 1, max: 1) { rt, a, p in
            let r = rt.bytesPercent(rt.arg(a, 0), rt.slotValue(p[0]))
            return isArray && !r.isNull ? rt.newBytesLike(a, rt.bytesOf(r)) : r
        }
        method("__rmod__", .slot, min: 1, max: 1) { rt, a, p in .notImplemented }

        for name in ["find", "rfind", "index", "rindex", "count"] {
            method(name, .legacy, min: 1, max: 3) { rt, a, p in
                guard let needle = rt.byteNeedle(rt.slotValue(p[0])) else { return .null }
                let hay = rt.bytesOf(rt.arg(a, 0))
                guard let s0 = rt.sliceBoundArg(rt.slotValue(p[1]), 0),
                      let e0 = rt.sliceBoundArg(rt.slotValue(p[2]), Int.max) else { return .null }
                let (start, end) = adjustIndices(s0, e0, hay.count)
                if name == "count" { return .smallInt(Search.count(hay, needle, start, end)) }
                let r = name.hasPrefix("r") ? Search.rfind(hay, needle, start, end) : Search.find(hay, needle, start, end)
                if r < 0 && name.hasSuffix("index") { return rt.raise(rt.types.valueError, "subsection not found") }
                return .smallInt(r)
            }
        }
        for name in ["startswith", "endswith"] {
            method(name, .legacy, min: 1, max: 3) { rt, a, p in
                let hay = rt.bytesOf(rt.arg(a, 0))
                guard let s0 = rt.sliceBoundArg(rt.slotValue(p[1]), 0),
                      let e0 = rt.sliceBoundArg(rt.slotValue(p[2]), Int.max) else { return .null }
                let (start, end) = adjustIndices(s0, e0, hay.count)
                func matches(_ sub: [UInt8]) -> Bool {
                    if end - start < sub.count { return false }
                    let at = name == "startswith" ? start : end - sub.count
                    return hay[at..<(at + sub.count)].elementsEqual(sub)
                }
                let x = rt.slotValue(p[0])
                if rt.kindOf(x) == .tuple {
                    let tv = TupleView(x)
                    for k in 0..<tv.count {
                        guard let sub = rt.bytesLike(tv[k]) else {
                            return rt.raise(rt.types.typeError, "a bytes-like object is required, not '\(rt.typeName(tv[k]))'")
                        }
                        if matches(sub) { return .true }
                    }
                    return .false
                }
                guard let sub = rt.bytesLike(x) else {
                    return rt.raise(rt.types.typeError, "\(name) first arg must be bytes or a tuple of bytes, not \(rt.typeName(x))")
                }
                return .bool(matches(sub))
            }
        }
        for name in ["split", "rsplit"] {
            method(name, .keywords, max: 2, names: ["sep", "maxsplit"]) { rt, a, p in
                let sepW = rt.slotValue(p[0])
                var maxsplit = Int.max
                if p[1] >= 0 {
                    guard let v = rt.indexArg(rt.slotValue(p[1])) else { return .null }
                    if v >= 0 { maxsplit = v }
                }
                let s = rt.bytesOf(rt.arg(a, 0))
                let parts: [ArraySlice<UInt8>]
                if sepW.isNull || sepW == .none {
                    parts = name == "split" ? Search.splitWhitespace(s, maxsplit, isByteSpace) : Search.rsplitWhitespace(s, maxsplit, isByteSpace)
                } else {
                    guard let sep = rt.requireBytes(sepW) else { return .null }
                    if sep.isEmpty { return rt.raise(rt.types.valueError, "empty separator") }
                    parts = name == "split" ? Search.split(s, sep, maxsplit) : Search.rsplit(s, sep, maxsplit)
                }
                return rt.newBytesList(a, parts)
            }
        }
        method("splitlines", .keywords, max: 1, names: ["keepends"]) { rt, a, p in
            var keep = false
            if p[0] >= 0 { guard let v = rt.indexArg(rt.slotValue(p[0])) else { return .null }; keep = v != 0 }
            return rt.newBytesList(a, splitLines(rt.bytesOf(rt.arg(a, 0)), keepends: keep) { $0 == 0x0A || $0 == 0x0D })
        }
        for name in ["partition", "rpartition"] {
            method(name, .exactlyOne, min: 1, max: 1) { rt, a, p in
                guard let sep = rt.requireBytes(rt.slotValue(p[0])) else { return .null }
                if sep.isEmpty { return rt.raise(rt.types.valueError, "empty separator") }
                let s = rt.bytesOf(rt.arg(a, 0))
                if name == "partition" {
                    let i = Search.find(s, sep, 0, s.count)
                    if i < 0 { return rt.newBytesTuple(a, [s, [], []]) }
                    return rt.newBytesTuple(a, [Array(s[..<i]), sep, Array(s[(i + sep.count)...])])
                }
                let i = Search.rfind(s, sep, 0, s.count)
                if i < 0 { return rt.newBytesTuple(a, [[], [], s]) }
                return rt.newBytesTuple(a, [Array(s[..<i]), sep, Array(s[(i + sep.count)...])])
            }
        }
        method("replace", .positional, min: 2, max: 3) { rt, a, p in
            guard let old = rt.requireBytes(rt.slotValue(p[0])), let new = rt.requireBytes(rt.slotValue(p[1])) else { return .null }
            var limit = Int.max
            if p[2] >= 0 { guard let v = rt.indexArg(rt.slotValue(p[2])) else { return .null }; if v >= 0 { limit = v } }
            let s = rt.bytesOf(rt.arg(a, 0))
            return rt.newBytesLike(a, Search.replace(s, old, new, limit))
        }
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(name, .positional, max: 1) { rt, a, p in
                let chars = rt.slotValue(p[0])
                let s = rt.bytesOf(rt.arg(a, 0))
                let r: Range<Int>
                if chars.isNull || chars == .none {
                    r = Search.strip(s, left: left, right: right, isByteSpace)
                } else {
                    guard let set = rt.requireBytes(chars) else { return .null }
                    r = Search.strip(s, left: left, right: right) { set.contains($0) }
                }
                if r.count == s.count { return rt.unchangedBytesSelf(a) }
                return rt.newBytesLike(a, Array(s[r]))
            }
        }
        for name in ["center", "ljust", "rjust"] {
            method(name, .positional, min: 1, max: 2) { rt, a, p in
                guard let width = rt.indexArg(rt.slotValue(p[0])) else { return .null }
                var fill: UInt8 = 0x20
                if p[1] >= 0 {
                    let f = rt.slotValue(p[1])
                    guard let fb = rt.bytesLike(f), fb.count == 1 else {
                        return rt.raise(rt.types.typeError, "\(name)() argument 2 must be a byte string of length 1, not \(rt.typeName(f))")
                    }
                    fill = fb[0]
                }
                let s = rt.bytesOf(rt.arg(a, 0))
                if width <= s.count { return rt.unchangedBytesSelf(a) }
                let (l, r): (Int, Int)
                switch name {
                case "center": (l, r) = Search.centerMargins(s.count, width)
                case "ljust": (l, r) = (0, width - s.count)
                default: (l, r) = (width - s.count, 0)
                }
                return rt.newBytesLike(a, Array(repeating: fill, count: l) + s + Array(repeating: fill, count: r))
            }
        }
        method("zfill", .exactlyOne, min: 1, max: 1) { rt, a, p in
            guard let width = rt.indexArg(rt.slotValue(p[0])) else { return .null }
            let s = rt.bytesOf(rt.arg(a, 0))
            if width <= s.count { return rt.unchangedBytesSelf(a) }
            return rt.newBytesLike(a, zeroFill(s, width))
        }
        method("expandtabs", .keywords, max: 1, names: ["tabsize"]) { rt, a, p in
            var tab = 8
            if p[0] >= 0 { guard let v = rt.indexArg(rt.slotValue(p[0])) else { return .null }; tab = v }
            return rt.newBytesLike(a, expandTabs(rt.bytesOf(rt.arg(a, 0)), tab))
        }
        method("join", .exactlyOne, min: 1, max: 1) { rt, a, p in
            let m = rt.vsp
            defer { rt.release(to: m) }
            guard let (base, n) = rt.collectToStack(rt.slotValue(p[0])) else {
                if !rt.raising.isNull { return .null }
                return rt.tailCall(rt.prelude("_join_slow"), [rt.arg(a, 0), rt.slotValue(p[0])])
            }
            let sep = rt.bytesOf(rt.arg(a, 0))
            var out: [UInt8] = []
            for k in 0..<n {
                let item = rt.vs[base + k]
                guard let b = rt.bytesLike(item) else {
                    return rt.raise(rt.types.typeError, "sequence item \(k): expected a bytes-like object, \(rt.typeName(item)) found")
                }
                if k > 0 { out += sep }
                out += b
            }
            return rt.newBytesLike(a, out)
        }
        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            method(name, .exactlyOne, min: 1, max: 1) { rt, a, p in
                guard let fix = rt.requireBytes(rt.slotValue(p[0])) else { return .null }
                let s = rt.bytesOf(rt.arg(a, 0))
                guard !fix.isEmpty, fix.count <= s.count else { return rt.unchangedBytesSelf(a) }
                if prefix {
                    guard s[..<fix.count].elementsEqual(fix) else { return rt.unchangedBytesSelf(a) }
                    return rt.newBytesLike(a, Array(s[fix.count...]))
                }
                guard s[(s.count - fix.count)...].elementsEqual(fix) else { return rt.unchangedBytesSelf(a) }
                return rt.newBytesLike(a, Array(s[..<(s.count - fix.count)]))
            }
        }
        method("translate", .keywords, min: 1, max: 2, names: ["table", "delete"]) { rt, a, p in
            let table = rt.slotValue(p[0])
            var map: [UInt8]? = nil
            if table != .none {
                guard let tb = rt.requireBytes(table) else { return .null }
                guard tb.count == 256 else { return rt.raise(rt.types.valueError, "translation table must be 256 characters long") }
                map = tb
            }
            var delete = Set<UInt8>()
            if p[1] >= 0 { guard let d = rt.requireBytes(rt.slotValue(p[1])) else { return .null }; delete = Set(d) }
            let s = rt.bytesOf(rt.arg(a, 0))
            var out: [UInt8] = []
            for c in s where !delete.contains(c) { out.append(map.map { $0[Int(c)] } ?? c) }
            return rt.newBytesLike(a, out)
        }
        defineStaticMethod(t, "maketrans") { rt, a in
            guard rt.checkArgs(a, "maketrans", min: 2, max: 2) else { return .null }
            guard let from = rt.requireBytes(rt.arg(a, 0)), let to = rt.requireBytes(rt.arg(a, 1)) else { return .null }
            guard from.count == to.count else { return rt.raise(rt.types.valueError, "maketrans arguments must have same length") }
            var table = (0..<256).map { UInt8($0) }
            for (f, x) in zip(from, to) { table[Int(f)] = x }
            return rt.newBytes(table) ?? .null
        }
        method("hex", .keywords, max: 2, names: ["sep", "bytes_per_sep"]) { rt, a, p in
            var sep: UInt32? = nil
            var per = 1
            if p[0] >= 0 {
                let s = rt.slotValue(p[0])
                let chars: [UInt32]
                if rt.kindOf(s) == .str { chars = StrView(s).codePoints }
                else if let b = rt.bytesLike(s) { chars = b.map { UInt32($0) } }
                else { return rt.raise(rt.types.typeError, "sep must be str or bytes.") }
                guard chars.count == 1 else { return rt.raise(rt.types.valueError, "sep must be length 1.") }
                guard chars[0] < 128 else { return rt.raise(rt.types.valueError, "sep must be ASCII.") }
                sep = chars[0]
            }
            if p[1] >= 0 { guard let v = rt.indexArg(rt.slotValue(p[1])) else { return .null }; per = v }
            return rt.strFromCodePoints(hexString(rt.bytesOf(rt.arg(a, 0)), sep: sep, per: per)) ?? .null
        }
        let fromhex = builtinFunction("fromhex") { rt, a in
            guard a.count == 2, rt.kindOf(rt.arg(a, 1)) == .str else {
                if a.count != 2 { return rt.raise(rt.types.typeError, "fromhex() takes exactly one argument (\(a.count - 1) given)") }
                return rt.raise(rt.types.typeError, "fromhex() argument must be str, not \(rt.typeName(rt.arg(a, 1)))")
            }
            let s = StrView(rt.arg(a, 1)).codePoints
            var out: [UInt8] = []
            var i = 0
            func digit(_ c: UInt32) -> UInt8? {
                switch c {
                case 0x30...0x39: return UInt8(c - 0x30)
                case 0x61...0x66: return UInt8(c - 0x61 + 10)
                case 0x41...0x46: return UInt8(c - 0x41 + 10)
                default: return nil
                }
            }
            while i < s.count {
                if UnicodeChar.isSpace(s[i]) && s[i] < 128 { i += 1; continue }
                guard let hi = digit(s[i]) else {
                    return rt.raise(rt.types.valueError, "non-hexadecimal number found in fromhex() arg at position \(i)")
                }
                guard i + 1 < s.count, let lo = digit(s[i + 1]) else {
                    return rt.raise(rt.types.valueError, "non-hexadecimal number found in fromhex() arg at position \(i + 1)")
                }
                out.append(hi << 4 | lo)
                i += 2
            }
            let cls = rt.arg(a, 0)
            if cls == rt.types.bytes { return rt.newBytes(out) ?? .null }
            if cls == rt.types.bytearray { return rt.newByteArray(out) ?? .null }
            guard let b = rt.newBytes(out) else { return .null }
            return rt.tailCall(rt.arg(a, 0), [b])     // cls(bytes), cls read again: the allocation may move it
        }
        let cm = allocateImmortal(LayoutID.wrapper, bytes: WrapperField.fixedWords * 8, cls: types.classmethod)
        cm[WrapperField.wrapped] = fromhex
        _ = dictSetStr(TypeView(t).dict, intern("fromhex"), cm.word)

        // ASCII case mappings and predicates (bytes_methods.c).
        func mapping(_ name: String, _ f: @escaping ([UInt8]) -> [UInt8]) {
            method(name, .noArgs) { rt, a, _ in rt.newBytesLike(a, f(rt.bytesOf(rt.arg(a, 0)))) }
        }
        func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
        func isLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
        func isAlpha(_ c: UInt8) -> Bool { isUpper(c) || isLower(c) }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func up(_ c: UInt8) -> UInt8 { isLower(c) ? c - 32 : c }
        func low(_ c: UInt8) -> UInt8 { isUpper(c) ? c + 32 : c }
        mapping("upper") { $0.map(up) }
        mapping("lower") { $0.map(low) }
        mapping("swapcase") { $0.map { isUpper($0) ? $0 + 32 : isLower($0) ? $0 - 32 : $0 } }
        mapping("capitalize") { s in s.enumerated().map { $0.offset == 0 ? up($0.element) : low($0.element) } }
        mapping("title") { s in
            var prev = false
            return s.map { c in
                let r = prev ? low(c) : up(c)
                prev = isAlpha(c)
                return r
            }
        }
        func predicate(_ name: String, _ f: @escaping ([UInt8]) -> Bool) {
            method(name, .noArgs) { rt, a, _ in .bool(f(rt.bytesOf(rt.arg(a, 0)))) }
        }
        predicate("isalpha") { !$0.isEmpty && $0.allSatisfy(isAlpha) }
        predicate("isdigit") { !$0.isEmpty && $0.allSatisfy(isDigit) }
        predicate("isalnum") { !$0.isEmpty && $0.allSatisfy { isAlpha($0) || isDigit($0) } }
        predicate("isspace") { !$0.isEmpty && $0.allSatisfy(isByteSpace) }
        predicate("isascii") { $0.allSatisfy { $0 < 128 } }
        predicate("isupper") { s in s.contains(where: isUpper) && !s.contains(where: isLower) }
        predicate("islower") { s in s.contains(where: isLower) && !s.contains(where: isUpper) }
        predicate("istitle") { s in
            var cased = false, prev = false
            for c in s {
                if isUpper(c) { if prev { return false }; prev = true; cased = true }
                else if isLower(c) { if !prev { return false }; prev = true; cased = true }
                else { prev = false }
            }
            return cased
        }
    }

    /// bytes(), bytes(n), bytes(iterable), bytes(str, encoding[, errors]).
    func bytesConstruct(_ a: Args) -> Word {
        if a.count == 1 && a.kwnames.isNull && kindOf(arg(a, 0)) == .bytes && isExact(arg(a, 0)) { return arg(a, 0) }
        guard let b = bytesArguments(a, array: false) else { return .null }
        return newBytes(b) ?? .null
    }

    /// The bytes that bytes(...) or bytearray(...) (`array`) make of their arguments; nil
    /// after raising, or with a tail call to the prelude requested (guest iteration,
    /// __bytes__, __index__).
    func bytesArguments(_ a: Args, array: Bool) -> [UInt8]? {
        let name = array ? "bytearray" : "bytes"
        func fail(_ t: Word, _ msg: String) -> [UInt8]? { raise(t, msg); return nil }
        func slow(_ src: Word) -> [UInt8]? { tailCall(prelude(array ? "_bytearray_from" : "_bytes_from"), [src]); return nil }
        let npos = positionalCount(a)
        if npos > 3 { return fail(types.typeError, "\(name)() takes at most 3 arguments (\(a.count) given)") }
        var slots = [Int](repeating: -1, count: 3)
        for k in 0..<npos { slots[k] = a.base + k }
        if !a.kwnames.isNull {
            let t = TupleView(a.kwnames)
            for k in 0..<t.count {
                let key = StrView(t[k]).string
                guard let i = ["source", "encoding", "errors"].firstIndex(of: key) else {
                    return fail(types.typeError, "'\(key)' is an invalid keyword argument for \(name)()")
                }
                slots[i] = a.base + npos + k
            }
        }
        let src = slotValue(slots[0])
        if src.isNull {
            if slots[1] >= 0 || slots[2] >= 0 { return fail(types.typeError, slots[1] >= 0 ? "encoding without a string argument" : "errors without a string argument") }
            return []
        }
        if slots[1] >= 0 || slots[2] >= 0 {
            guard kindOf(src) == .str else {
                return fail(types.typeError, slots[1] >= 0 ? "encoding without a string argument" : "errors without a string argument")
            }
            guard let (codec, errors) = codecArgs(name, [slots[1], slots[2]]) else { return nil }
            do throws(CodecFailure) {
                return try Codecs.encode(StrView(src).codePoints, codec, errors: errors)
            } catch {
                _ = raiseCodecFailure(error, encode: true, objectSlot: slots[0])
                return nil
            }
        }
        switch kindOf(src) {
        case .str: return fail(types.typeError, "string argument without an encoding")
        case .bytes, .bytearray:
            if !array && isHeapType(typeOf(src)) { return slow(src) }   // its class may define __bytes__
            return bytesOf(src)
        case .int, .bool:
            guard let n = intValue(src) else { return fail(types.overflowError, "cannot fit 'int' into an index-sized integer") }
            if n < 0 { return fail(types.valueError, "negative count") }
            return [UInt8](repeating: 0, count: n)
        case .float, .none, .complex:
            return fail(types.typeError, "cannot convert '\(typeName(src))' object to \(name)")
        default:
            break
        }
        let m = vsp
        defer { release(to: m) }
        if isHeapType(typeOf(src)) { return slow(src) }
        guard let (base, n) = collectToStack(src) else {
            if !raising.isNull { return nil }
            return slow(src)
        }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        for k in 0..<n {
            let v = vs[base + k]
            guard isIntLike(v) else {
                if isHeapType(typeOf(v)) { return slow(src) }
                return fail(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
            }
            guard let x = intValue(v), x >= 0 && x < 256 else {
                return fail(types.valueError, array ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)")
            }
            out.append(UInt8(x))
        }
        return out
    }
}

/// Py_ISSPACE for bytes.
func isByteSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

/// bytes.hex(sep, bytes_per_sep): groups counted from the right (from the left when negative).
func hexString(_ b: [UInt8], sep: UInt32?, per: Int) -> [UInt32] {
    let digits = Array("0123456789abcdef".unicodeScalars.map { $0.value })
    var out: [UInt32] = []
    let n = b.count
    let group = per == 0 ? n + 1 : abs(per)
    for (i, x) in b.enumerated() {
        if let s = sep, i > 0, per != 0 {
            let boundary = per > 0 ? (n - i) % group == 0 : i % group == 0
            if boundary { out.append(s) }
        }
        out.append(digits[Int(x >> 4)])
        out.append(digits[Int(x & 15)])
    }
    return out
}
