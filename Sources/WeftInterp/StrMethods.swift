// The methods of str that search, split, strip, pad and replace — CPython 3.11's
// semantics and error messages. Case mappings and predicates are in StrCase.swift,
// formatting in StrFormat.swift, encode in Codecs.swift.
//
// Natives copy the code points out of the heap first (`codePoints`), compute in Swift
// arrays and only then allocate: nothing read from the heap is used after an allocation.

import WeftMemory
import WeftSyntax

/// CPython's ADJUST_INDICES: start/end of a slice of a sequence of `n` items.
@inline(__always) func adjustIndices(_ start: Int, _ end: Int, _ n: Int) -> (Int, Int) {
    var s = start, e = end
    if e > n { e = n } else if e < 0 { e += n; if e < 0 { e = 0 } }
    if s < 0 { s += n; if s < 0 { s = 0 } }
    return (s, e)
}

/// Searching in code-point (or byte) arrays.
enum Search {
    /// First index of `sub` in hay[start..<end], or -1.
    static func find<T: Equatable>(_ hay: [T], _ sub: [T], _ start: Int, _ end: Int) -> Int {
        let m = sub.count
        if end - start < m { return -1 }
        if m == 0 { return start }
        let first = sub[0]
        var i = start
        let last = end - m
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < m && hay[i + k] == sub[k] { k += 1 }
                if k == m { return i }
            }
            i += 1
        }
        return -1
    }

    /// Last index of `sub` in hay[start..<end], or -1.
    static func rfind<T: Equatable>(_ hay: [T], _ sub: [T], _ start: Int, _ end: Int) -> Int {
        let m = sub.count
        if end - start < m { return -1 }
        if m == 0 { return end }
        var i = end - m
        while i >= start {
            var k = 0
            while k < m && hay[i + k] == sub[k] { k += 1 }
            if k == m { return i }
            i -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences of `sub` in hay[start..<end], at most `limit`.
    static func count<T: Equatable>(_ hay: [T], _ sub: [T], _ start: Int, _ end: Int, limit: Int = Int.max) -> Int {
        if end - start < sub.count { return 0 }
        if sub.isEmpty { return Swift.min(end - start + 1, limit) }
        var n = 0, i = start
        while n < limit {
            let j = find(hay, sub, i, end)
            if j < 0 { break }
            n += 1
            i = j + sub.count
        }
        return n
    }

    static func split<T: Equatable>(_ s: [T], _ sep: [T], _ maxsplit: Int) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var i = 0, n = 0
        while n < maxsplit {
            let j = find(s, sep, i, s.count)
            if j < 0 { break }
            out.append(s[i..<j])
            i = j + sep.count
            n += 1
        }
        out.append(s[i...])
        return out
    }

    static func rsplit<T: Equatable>(_ s: [T], _ sep: [T], _ maxsplit: Int) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var j = s.count, n = 0
        while n < maxsplit {
            let i = rfind(s, sep, 0, j)
            if i < 0 { break }
            out.append(s[(i + sep.count)..<j])
            j = i
            n += 1
        }
        out.append(s[..<j])
        return out.reversed()
    }

    static func splitWhitespace<T>(_ s: [T], _ maxsplit: Int, _ isSpace: (T) -> Bool) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        let n = s.count
        var i = 0, count = maxsplit
        while count > 0 {
            while i < n && isSpace(s[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !isSpace(s[i]) { i += 1 }
            out.append(s[j..<i])
            count -= 1
        }
        if i < n {
            while i < n && isSpace(s[i]) { i += 1 }
            if i != n { out.append(s[i..<n]) }
        }
        return out
    }

    static func rsplitWhitespace<T>(_ s: [T], _ maxsplit: Int, _ isSpace: (T) -> Bool) -> [ArraySlice<T>] {
        var out: [ArraySlice<T>] = []
        var i = s.count - 1, count = maxsplit
        while count > 0 {
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !isSpace(s[i]) { i -= 1 }
            out.append(s[(i + 1)...j])
            count -= 1
        }
        if i >= 0 {
            while i >= 0 && isSpace(s[i]) { i -= 1 }
            if i >= 0 { out.append(s[0...i]) }
        }
        return out.reversed()
    }

    static func replace<T: Equatable>(_ s: [T], _ old: [T], _ new: [T], _ limit: Int) -> [T] {
        var out: [T] = []
        if old.isEmpty {
            var n = 0
            for c in s {
                if n < limit { out.append(contentsOf: new); n += 1 }
                out.append(c)
            }
            if n < limit { out.append(contentsOf: new) }
            return out
        }
        var i = 0, n = 0
        while n < limit {
            let j = find(s, old, i, s.count)
            if j < 0 { break }
            out.append(contentsOf: s[i..<j])
            out.append(contentsOf: new)
            i = j + old.count
            n += 1
        }
        out.append(contentsOf: s[i...])
        return out
    }

    static func strip<T>(_ s: [T], left: Bool, right: Bool, _ strip: (T) -> Bool) -> Range<Int> {
        var i = 0, j = s.count
        if left { while i < j && strip(s[i]) { i += 1 } }
        if right { while j > i && strip(s[j - 1]) { j -= 1 } }
        return i..<j
    }

    /// CPython's pad(): (left, right) fill counts for center.
    static func centerMargins(_ len: Int, _ width: Int) -> (Int, Int) {
        let marg = width - len
        let left = marg / 2 + (marg & width & 1)
        return (left, marg - left)
    }
}

extension Runtime {
    /// Everything of the strings area: str, bytes, formatting, codecs, container reprs.
    func registerStrings() {
        registerStrMethods()
        registerStrCase()
        registerStrFormat()
        registerBytes()
        registerByteArray()
        registerCodecs()
        registerContainerRepr()
    }

    /// The str `self` of a method as an exact str (a str subclass's value is copied).
    func exactSelf(_ a: Args) -> Word {
        let s = arg(a, 0)
        if isExact(s) { return s }
        return substr(a.base, 0..<StrView(s).count) ?? .null
    }

    func registerStrMethods() {
        let s = types.str
        func method(_ name: String, _ style: ArgStyle, min: Int = 0, max: Int = 0, names: [String] = [],
                    _ body: @escaping (Runtime<GC>, Args, [Int]) -> Word) {
            defineTypedMethod(s, name) { rt, a in
                guard let p = rt.methodArgs(a, "str", name, style, min: min, max: max, names: names) else { return .null }
                return body(rt, a, p)
            }
        }

        // find, rfind, index, rindex, count: (sub[, start[, end]])
        for name in ["find", "rfind", "index", "rindex", "count"] {
            method(name, .legacy, min: 1, max: 3) { rt, a, p in
                let sub = rt.slotValue(p[0])
                guard rt.kindOf(sub) == .str else { return rt.raise(rt.types.typeError, "must be str, not \(rt.typeName(sub))") }
                let hay = StrView(rt.arg(a, 0)).codePoints, needle = StrView(sub).codePoints
                guard let s0 = rt.sliceBoundArg(rt.slotValue(p[1]), 0),
                      let e0 = rt.sliceBoundArg(rt.slotValue(p[2]), Int.max) else { return .null }
                let (start, end) = adjustIndices(s0, e0, hay.count)
                if name == "count" { return .smallInt(Search.count(hay, needle, start, end)) }
                let r = name.hasPrefix("r") ? Search.rfind(hay, needle, start, end) : Search.find(hay, needle, start, end)
                if r < 0 && name.hasSuffix("index") { return rt.raise(rt.types.valueError, "substring not found") }
                return .smallInt(r)
            }
        }

        for name in ["startswith", "endswith"] {
            method(name, .legacy, min: 1, max: 3) { rt, a, p in
                let hay = StrView(rt.arg(a, 0)).codePoints
                guard let s0 = rt.sliceBoundArg(rt.slotValue(p[1]), 0),
                      let e0 = rt.sliceBoundArg(rt.slotValue(p[2]), Int.max) else { return .null }
                let (start, end) = adjustIndices(s0, e0, hay.count)
                let x = rt.slotValue(p[0])
                func matches(_ w: Word) -> Bool {
                    let sub = StrView(w).codePoints
                    if start > hay.count { return false }
                    if end - start < sub.count { return false }
                    let at = name == "startswith" ? start : end - sub.count
                    return hay[at..<(at + sub.count)].elementsEqual(sub)
                }
                if rt.kindOf(x) == .tuple {
                    let t = TupleView(x)
                    for k in 0..<t.count {
                        guard rt.kindOf(t[k]) == .str else {
                            return rt.raise(rt.types.typeError, "tuple for \(name) must only contain str, not \(rt.typeName(t[k]))")
                        }
                        if matches(t[k]) { return .true }
                    }
                    return .false
                }
                guard rt.kindOf(x) == .str else {
                    return rt.raise(rt.types.typeError, "\(name) first arg must be str or a tuple of str, not \(rt.typeName(x))")
                }
                return .bool(matches(x))
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
                let str = StrView(rt.arg(a, 0)).codePoints
                let parts: [ArraySlice<UInt32>]
                if sepW.isNull || sepW == .none {
                    parts = name == "split" ? Search.splitWhitespace(str, maxsplit, UnicodeChar.isSpace)
                                            : Search.rsplitWhitespace(str, maxsplit, UnicodeChar.isSpace)
                } else {
                    guard rt.kindOf(sepW) == .str else { return rt.raise(rt.types.typeError, "must be str or None, not \(rt.typeName(sepW))") }
                    let sep = StrView(sepW).codePoints
                    if sep.isEmpty { return rt.raise(rt.types.valueError, "empty separator") }
                    parts = name == "split" ? Search.split(str, sep, maxsplit) : Search.rsplit(str, sep, maxsplit)
                }
                return rt.newSubstrList(a.base, parts.map { $0.indices })
            }
        }

        method("splitlines", .keywords, max: 1, names: ["keepends"]) { rt, a, p in
            var keep = false
            if p[0] >= 0 {
                guard let v = rt.indexArg(rt.slotValue(p[0])) else { return .null }
                keep = v != 0
            }
            let str = StrView(rt.arg(a, 0)).codePoints
            return rt.newSubstrList(a.base, splitLines(str, keepends: keep, UnicodeChar.isLineBreak).map { $0.indices })
        }

        for name in ["partition", "rpartition"] {
            method(name, .exactlyOne, min: 1, max: 1) { rt, a, p in
                let sepW = rt.slotValue(p[0])
                guard rt.kindOf(sepW) == .str else { return rt.raise(rt.types.typeError, "must be str, not \(rt.typeName(sepW))") }
                let str = StrView(rt.arg(a, 0)).codePoints, sep = StrView(sepW).codePoints
                if sep.isEmpty { return rt.raise(rt.types.valueError, "empty separator") }
                if name == "partition" {
                    let i = Search.find(str, sep, 0, str.count)
                    if i < 0 { return rt.newStrTuple([str, [], []]) }
                    return rt.newStrTuple([Array(str[..<i]), sep, Array(str[(i + sep.count)...])])
                }
                let i = Search.rfind(str, sep, 0, str.count)
                if i < 0 { return rt.newStrTuple([[], [], str]) }
                return rt.newStrTuple([Array(str[..<i]), sep, Array(str[(i + sep.count)...])])
            }
        }

        method("replace", .positional, min: 2, max: 3) { rt, a, p in
            let o = rt.slotValue(p[0]), n = rt.slotValue(p[1])
            guard rt.kindOf(o) == .str else { return rt.raise(rt.types.typeError, "replace() argument 1 must be str, not \(rt.typeName(o))") }
            guard rt.kindOf(n) == .str else { return rt.raise(rt.types.typeError, "replace() argument 2 must be str, not \(rt.typeName(n))") }
            var limit = Int.max
            if p[2] >= 0 {
                guard let v = rt.indexArg(rt.slotValue(p[2])) else { return .null }
                if v >= 0 { limit = v }
            }
            let str = StrView(rt.arg(a, 0)).codePoints
            let old = StrView(o).codePoints
            if limit == 0 || (old.isEmpty ? false : Search.find(str, old, 0, str.count) < 0) { return rt.exactSelf(a) }
            return rt.strFromCodePoints(Search.replace(str, old, StrView(n).codePoints, limit)) ?? .null
        }

        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            method(name, .positional, max: 1) { rt, a, p in
                let chars = rt.slotValue(p[0])
                let str = StrView(rt.arg(a, 0)).codePoints
                let r: Range<Int>
                if chars.isNull || chars == .none {
                    r = Search.strip(str, left: left, right: right, UnicodeChar.isSpace)
                } else {
                    guard rt.kindOf(chars) == .str else { return rt.raise(rt.types.typeError, "\(name) arg must be None or str") }
                    let set = Set(StrView(chars).codePoints)
                    r = Search.strip(str, left: left, right: right) { set.contains($0) }
                }
                if r.count == str.count { return rt.exactSelf(a) }
                return rt.strFromCodePoints(Array(str[r])) ?? .null
            }
        }

        for name in ["center", "ljust", "rjust"] {
            method(name, .positional, min: 1, max: 2) { rt, a, p in
                guard let width = rt.indexArg(rt.slotValue(p[0])) else { return .null }
                var fill: UInt32 = 0x20
                if p[1] >= 0 {
                    let f = rt.slotValue(p[1])
                    guard rt.kindOf(f) == .str else {
                        return rt.raise(rt.types.typeError, "The fill character must be a unicode character, not \(rt.typeName(f))")
                    }
                    guard StrView(f).count == 1 else {
                        return rt.raise(rt.types.typeError, "The fill character must be exactly one character long")
                    }
                    fill = StrView(f)[0]
                }
                let str = StrView(rt.arg(a, 0)).codePoints
                if width <= str.count { return rt.exactSelf(a) }
                let (l, r): (Int, Int)
                switch name {
                case "center": (l, r) = Search.centerMargins(str.count, width)
                case "ljust": (l, r) = (0, width - str.count)
                default: (l, r) = (width - str.count, 0)
                }
                return rt.strFromCodePoints(Array(repeating: fill, count: l) + str + Array(repeating: fill, count: r)) ?? .null
            }
        }

        method("zfill", .exactlyOne, min: 1, max: 1) { rt, a, p in
            guard let width = rt.indexArg(rt.slotValue(p[0])) else { return .null }
            let str = StrView(rt.arg(a, 0)).codePoints
            if width <= str.count { return rt.exactSelf(a) }
            return rt.strFromCodePoints(zeroFill(str, width)) ?? .null
        }

        method("expandtabs", .keywords, max: 1, names: ["tabsize"]) { rt, a, p in
            var tab = 8
            if p[0] >= 0 { guard let v = rt.indexArg(rt.slotValue(p[0])) else { return .null }; tab = v }
            let str = StrView(rt.arg(a, 0)).codePoints
            guard str.contains(9) else { return rt.exactSelf(a) }
            return rt.strFromCodePoints(expandTabs(str, tab)) ?? .null
        }

        method("join", .exactlyOne, min: 1, max: 1) { rt, a, p in rt.strJoin(a.base, p[0]) }

        for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
            method(name, .exactlyOne, min: 1, max: 1) { rt, a, p in
                let x = rt.slotValue(p[0])
                guard rt.kindOf(x) == .str else { return rt.raise(rt.types.typeError, "\(name)() argument must be str, not \(rt.typeName(x))") }
                let str = StrView(rt.arg(a, 0)).codePoints, fix = StrView(x).codePoints
                guard !fix.isEmpty, fix.count <= str.count else { return rt.exactSelf(a) }
                if prefix {
                    guard str[..<fix.count].elementsEqual(fix) else { return rt.exactSelf(a) }
                    return rt.strFromCodePoints(Array(str[fix.count...])) ?? .null
                }
                guard str[(str.count - fix.count)...].elementsEqual(fix) else { return rt.exactSelf(a) }
                return rt.strFromCodePoints(Array(str[..<(str.count - fix.count)])) ?? .null
            }
        }

        method("translate", .exactlyOne, min: 1, max: 1) { rt, a, p in rt.strTranslate(rt.arg(a, 0), rt.slotValue(p[0])) }
        defineStaticMethod(s, "maketrans") { rt, a in rt.strMakeTrans(a) }

        method("__len__", .slot) { rt, a, _ in .smallInt(StrView(rt.arg(a, 0)).count) }
        method("__contains__", .slot, min: 1, max: 1) { rt, a, p in
            let x = rt.slotValue(p[0])
            guard rt.kindOf(x) == .str else {
                return rt.raise(rt.types.typeError, "'in <string>' requires string as left operand, not \(rt.typeName(x))")
            }
            return .bool(rt.strFind(rt.arg(a, 0), x, from: 0) >= 0)
        }
        method("__getitem__", .slot, min: 1, max: 1) { rt, a, p in
            let key = rt.slotValue(p[0])
            let n = StrView(rt.arg(a, 0)).count
            if rt.isIntLike(key) {
                guard let i = rt.intValue(key) else { return rt.raise(rt.types.indexError, "cannot fit 'int' into an index-sized integer") }
                let j = i < 0 ? i + n : i
                guard j >= 0 && j < n else { return rt.raise(rt.types.indexError, "string index out of range") }
                return rt.substr(a.base, j..<(j + 1)) ?? .null
            }
            if rt.kindOf(key) == .slice {
                guard let (start, _, step, count) = rt.sliceIndices(key, length: n) else { return .null }
                if step == 1 { return rt.substr(a.base, start..<(start + count)) ?? .null }
                let s = StrView(rt.arg(a, 0))
                return rt.strFromCodePoints((0..<count).map { s[start + $0 * step] }) ?? .null
            }
            return rt.raise(rt.types.typeError, "string indices must be integers, not '\(rt.typeName(key))'")
        }
        method("__iter__", .slot) { rt, a, _ in rt.newIterator(rt.types.strIterator, rt.arg(a, 0)) ?? .null }
        method("__hash__", .slot) { rt, a, _ in rt.newInt(StrView(rt.arg(a, 0)).hash) ?? .null }
        method("__str__", .slot) { rt, a, _ in rt.exactSelf(a) }
        method("__repr__", .slot) { rt, a, _ in rt.newStr(pyReprStr(rt.arg(a, 0))) ?? .null }
        method("__add__", .slot, min: 1, max: 1) { rt, a, p in
            let y = rt.slotValue(p[0])
            guard rt.kindOf(y) == .str else { return .notImplemented }
            return rt.strConcat(rt.arg(a, 0), y) ?? .null
        }
        for name in ["__mul__", "__rmul__"] {
            method(name, .slot, min: 1, max: 1) { rt, a, p in
                let n = rt.slotValue(p[0])
                guard rt.isIntLike(n) else { return .notImplemented }
                return rt.repeatSequence(rt.arg(a, 0), n)
            }
        }
        method("__mod__", .slot, min: 1, max: 1) { rt, a, p in
            rt.percentFormat(rt.arg(a, 0), rt.slotValue(p[0])) ?? .null
        }
        method("__rmod__", .slot, min: 1, max: 1) { rt, a, p in .notImplemented }
        for (name, kind) in [("__eq__", CompareKind.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            method(name, .slot, min: 1, max: 1) { rt, a, p in
                let y = rt.slotValue(p[0])
                guard rt.kindOf(y) == .str else { return .notImplemented }
                return .bool(rt.nativeCompare(kind, rt.arg(a, 0), y)!)
            }
        }
        method("__getnewargs__", .noArgs) { rt, a, _ in rt.newTuple([rt.arg(a, 0)]) ?? .null }
    }

    /// sep.join(iterable): natively for built-in iterables, else through the prelude.
    func strJoin(_ sepSlot: Int, _ itSlot: Int) -> Word {
        let m = vsp
        defer { release(to: m) }
        guard let (base, n) = collectToStack(vs[itSlot]) else {
            if !raising.isNull { return .null }
            return tailCall(prelude("_join_slow"), [vs[sepSlot], vs[itSlot]])
        }
        if n == 1 && kindOf(vs[base]) == .str && isExact(vs[base]) { return vs[base] }
        var total = 0, wide: UInt32 = 0
        let sep = StrView(vs[sepSlot])
        for k in 0..<n {
            let item = vs[base + k]
            guard kindOf(item) == .str else {
                return raise(types.typeError, "sequence item \(k): expected str instance, \(typeName(item)) found")
            }
            let v = StrView(item)
            total += v.count
            if v.width > 1 || !v.isASCII { wide = Swift.max(wide, v.width == 1 ? 0xFF : v.width == 2 ? 0xFFFF : 0x10FFFF) }
        }
        if n > 1 { total += sep.count * (n - 1) }
        if sep.width > 1 || !sep.isASCII { wide = Swift.max(wide, sep.width == 1 ? 0xFF : sep.width == 2 ? 0xFFFF : 0x10FFFF) }
        if wide == 0 {
            // All ASCII: copy bytes straight into the new str.
            guard let o = allocateStr(length: total, width: 1, ascii: true) else { return .null }
            let out = o.base + StrField.fixedWords * 8
            var at = 0
            let sepNow = StrView(vs[sepSlot])
            for k in 0..<n {
                if k > 0 && sepNow.count > 0 { (out + at).copyMemory(from: sepNow.data, byteCount: sepNow.count); at += sepNow.count }
                let v = StrView(vs[base + k])
                if v.count > 0 { (out + at).copyMemory(from: v.data, byteCount: v.count); at += v.count }
            }
            return o.word
        }
        var cps: [UInt32] = []
        cps.reserveCapacity(total)
        let sepCps = sep.codePoints
        for k in 0..<n {
            if k > 0 { cps.append(contentsOf: sepCps) }
            let v = StrView(vs[base + k])
            for i in 0..<v.count { cps.append(v[i]) }
        }
        return newStr(codePoints: cps) ?? .null
    }

    func strTranslate(_ sw: Word, _ table: Word) -> Word {
        guard kindOf(table) == .dict && isExact(table) else {
            return tailCall(prelude("_str_translate"), [sw, table])
        }
        let str = StrView(sw).codePoints
        var out: [UInt32] = []
        out.reserveCapacity(str.count)
        for c in str {
            let v = dictGet(table, .smallInt(Int(c)), hash: hashInt(Int(c)))
            if v.isNull { out.append(c); continue }
            switch kindOf(v) {
            case .none: continue
            case .int, .bool:
                guard let i = intValue(v), i >= 0 && i <= 0x10FFFF else {
                    return raise(types.valueError, "character mapping must be in range(0x110000)")
                }
                out.append(UInt32(i))
            case .str: out.append(contentsOf: StrView(v).codePoints)
            default:
                return raise(types.typeError, "character mapping must return integer, None or str")
            }
        }
        return strFromCodePoints(out) ?? .null
    }

    func strMakeTrans(_ a: Args) -> Word {
        guard a.kwnames.isNull else { return raise(types.typeError, "maketrans() takes no keyword arguments") }
        let n = a.count
        if n == 0 { return raise(types.typeError, "maketrans expected at least 1 argument, got 0") }
        if n > 3 { return raise(types.typeError, "maketrans expected at most 3 arguments, got \(n)") }
        let m = vsp
        defer { release(to: m) }
        guard let d = newDict() else { return .null }
        let kd = keep(d)
        if n == 1 {
            let x = arg(a, 0)
            guard kindOf(x) == .dict else {
                return raise(types.typeError, "if you give only one argument to maketrans it must be a dict")
            }
            var pairs: [(Word, Word)] = []
            var bad: String?
            dictForEach(x) { k, v in
                if bad != nil { return }
                if self.kindOf(k) == .str {
                    if StrView(k).count != 1 { bad = "v" } else { pairs.append((k, v)) }
                } else if self.kindOf(k) == .int || self.kindOf(k) == .bool {
                    pairs.append((k, v))
                } else { bad = "t" }
            }
            if bad == "v" { return raise(types.valueError, "string keys in translate table must be of length 1") }
            if bad == "t" { return raise(types.typeError, "keys in translate table must be strings or integers") }
            // Keys and values are re-read from the dict after each allocation.
            let kx = keep(x)
            var e = 0
            while e < DictView(kept(kx)).filled {
                let dv = DictView(kept(kx))
                let k = dv.keyAt(e), v = dv.valueAt(e)
                e += 1
                if k.isNull { continue }
                let key: Word = kindOf(k) == .str ? .smallInt(Int(StrView(k)[0])) : k
                guard dictStore(kept(kd), key, v) else { return .null }
            }
            return kept(kd)
        }
        let x = arg(a, 0), y = arg(a, 1)
        guard kindOf(x) == .str else { return raise(types.typeError, "maketrans() argument 1 must be str, not \(typeName(x))") }
        guard kindOf(y) == .str else { return raise(types.typeError, "maketrans() argument 2 must be str, not \(typeName(y))") }
        let xs = StrView(x).codePoints, ys = StrView(y).codePoints
        guard xs.count == ys.count else { return raise(types.valueError, "the first two maketrans arguments must have equal length") }
        for (c, r) in zip(xs, ys) {
            guard dictStore(kept(kd), .smallInt(Int(c)), .smallInt(Int(r))) else { return .null }
        }
        if n == 3 {
            let z = arg(a, 2)
            guard kindOf(z) == .str else { return raise(types.typeError, "maketrans() argument 3 must be str, not \(typeName(z))") }
            for c in StrView(z).codePoints {
                guard dictStore(kept(kd), .smallInt(Int(c)), .none) else { return .null }
            }
        }
        return kept(kd)
    }
}

func pyReprStr(_ w: Word) -> String {
    pyRepr(codePoints: StrView(w).codePoints)
}

/// str.splitlines / bytes.splitlines: \r\n is one break.
func splitLines<T: BinaryInteger>(_ s: [T], keepends: Bool, _ isBreak: (T) -> Bool) -> [ArraySlice<T>] {
    var out: [ArraySlice<T>] = []
    var i = 0
    let n = s.count
    while i < n {
        let j = i
        while i < n && !isBreak(s[i]) { i += 1 }
        var eol = i
        if i < n {
            if s[i] == 0x0D && i + 1 < n && s[i + 1] == 0x0A { i += 2 } else { i += 1 }
            if keepends { eol = i }
        }
        out.append(s[j..<eol])
    }
    return out
}

/// zfill: zeros after a leading sign.
func zeroFill<T: BinaryInteger>(_ s: [T], _ width: Int) -> [T] {
    let fill = width - s.count
    var out = Array(repeating: T(0x30), count: fill) + s
    if let c = s.first, c == 0x2B || c == 0x2D {
        out[0] = c
        out[fill] = 0x30
    }
    return out
}

func expandTabs<T: BinaryInteger>(_ s: [T], _ tab: Int) -> [T] {
    var out: [T] = []
    var col = 0
    for c in s {
        if c == 9 {
            if tab > 0 {
                let n = tab - col % tab
                out.append(contentsOf: repeatElement(T(0x20), count: n))
                col += n
            }
        } else {
            out.append(c)
            col += 1
            if c == 0x0A || c == 0x0D { col = 0 }
        }
    }
    return out
}
