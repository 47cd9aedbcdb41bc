// str.format and str.format_map (after CPython's Objects/stringlib/unicode_format.h),
// format(), ascii() and the __format__ methods of the built-in types.
//
// The markup parser is native. A call runs natively when every field is a plain name or
// index of a built-in value with a native format; anything else — attribute and item
// access, user __format__/__str__, nested specs, and every error — starts over in the
// prelude's _vformat, which is the reference implementation and raises exactly as CPython.
// The native attempt has no side effects, so starting over is always safe.

import BigInt
import WeftMemory
import WeftSyntax

/// One piece of a format string: literal text, then perhaps a replacement field.
struct MarkupItem {
    var literal: [UInt32]
    var hasField = false
    var name: [UInt32] = []
    var spec: [UInt32] = []
    var conversion: UInt32 = 0
    var expand = false
}

enum Markup {
    /// The pieces of a format string, and the ValueError message that stops parsing.
    static func parse(_ s: [UInt32]) -> ([MarkupItem], String?) {
        var items: [MarkupItem] = []
        var pos = 0
        let end = s.count
        while pos < end {
            let start = pos
            var c: UInt32 = 0
            var markup = false
            while pos < end {
                c = s[pos]; pos += 1
                if c == 0x7B || c == 0x7D { markup = true; break }
            }
            let atEnd = pos >= end
            var len = pos - start
            if c == 0x7D && markup && (atEnd || s[pos] != c) { return (items, "Single '}' encountered in format string") }
            if atEnd && c == 0x7B && markup { return (items, "Single '{' encountered in format string") }
            if !atEnd {
                if s[pos] == c && markup { pos += 1; markup = false } else if markup { len -= 1 }
            }
            var item = MarkupItem(literal: Array(s[start..<(start + len)]))
            if !markup { items.append(item); continue }
            item.hasField = true
            // parse_field
            let nameStart = pos
            c = 0
            var stopped = false
            while pos < end {
                c = s[pos]; pos += 1
                if c == 0x7B { return (items, "unexpected '{' in field name") }
                if c == 0x5B {
                    while pos < end && s[pos] != 0x5D { pos += 1 }
                    continue
                }
                if c == 0x7D || c == 0x3A || c == 0x21 { stopped = true; break }
            }
            item.name = Array(s[nameStart..<(stopped ? pos - 1 : pos)])
            if stopped && (c == 0x21 || c == 0x3A) {
                if c == 0x21 {
                    if pos >= end { return (items, "end of string while looking for conversion specifier") }
                    item.conversion = s[pos]; pos += 1
                    if pos < end {
                        let d = s[pos]; pos += 1
                        if d == 0x7D { items.append(item); continue }
                        if d != 0x3A { return (items, "expected ':' after conversion specifier") }
                    }
                }
                let specStart = pos
                var count = 1
                var closed = false
                while pos < end {
                    let d = s[pos]; pos += 1
                    if d == 0x7B { item.expand = true; count += 1 }
                    else if d == 0x7D {
                        count -= 1
                        if count == 0 { item.spec = Array(s[specStart..<(pos - 1)]); closed = true; break }
                    }
                }
                if !closed { return (items, "unmatched '{' in format spec") }
                items.append(item)
                continue
            }
            if !stopped || c != 0x7D { return (items, "expected '}' before end of string") }
            items.append(item)
        }
        return (items, nil)
    }

    /// get_integer of a field name part: the value, -1 if not all decimal digits; throws
    /// on overflow.
    static func integer(_ s: ArraySlice<UInt32>) -> Int? {
        if s.isEmpty { return -1 }
        var acc = 0
        for c in s {
            guard let d = UnicodeChar.decimalValue(c) else { return -1 }
            if acc > (Int.max - d) / 10 { return nil }
            acc = acc * 10 + d
        }
        return acc
    }

    /// An accessor after the first part of a field name.
    enum Accessor { case attribute([UInt32]), key([UInt32]), index(Int), error(String) }

    /// field_name_split + FieldNameIterator: the first part and its accessors (an
    /// `.error` ends them where CPython's iterator would fail).
    static func splitName(_ s: [UInt32]) -> (first: [UInt32], rest: [Accessor]) {
        var i = 0
        while i < s.count && s[i] != 0x2E && s[i] != 0x5B { i += 1 }
        let first = Array(s[..<i])
        var rest: [Accessor] = []
        while i < s.count {
            let c = s[i]; i += 1
            if c == 0x2E {
                let st = i
                while i < s.count && s[i] != 0x2E && s[i] != 0x5B { i += 1 }
                if st == i { rest.append(.error("Empty attribute in format string")); break }
                rest.append(.attribute(Array(s[st..<i])))
            } else if c == 0x5B {
                let st = i
                while i < s.count && s[i] != 0x5D { i += 1 }
                if i >= s.count { rest.append(.error("Missing ']' in format string")); break }
                let key = s[st..<i]
                i += 1
                if key.isEmpty { rest.append(.error("Empty attribute in format string")); break }
                guard let n = integer(key) else { rest.append(.error("Too many decimal digits in format string")); break }
                rest.append(n >= 0 ? .index(n) : .key(Array(key)))
            } else {
                rest.append(.error("Only '.' or '[' may follow ']' in format field specifier"))
                break
            }
        }
        return (first, rest)
    }
}

extension Runtime {
    func registerStrFormat() {
        let s = types.str
        defineTypedMethod(s, "format") { rt, a in
            let npos = rt.positionalCount(a) - 1
            let kw = a.count - 1 - npos
            let fmt = StrView(rt.arg(a, 0)).codePoints
            var auto = (state: 0, next: 0)
            if let out = rt.vformatNative(fmt, depth: 2, auto: &auto, positional: (a.base + 1, npos),
                                          keywords: kw > 0 ? (a.base + 1 + npos, a.kwnames) : nil, mapping: .null) {
                return rt.strFromCodePoints(out) ?? .null
            }
            if !rt.raising.isNull { return .null }
            let m = rt.vsp
            defer { rt.release(to: m) }
            guard let t = rt.newTuple(fromStack: a.base + 1, count: npos) else { return .null }
            let kt = rt.keep(t)
            let kwargs: Word
            if kw > 0 {
                guard let d = rt.kwargsDict(base: a.base, count: a.count, kwnames: a.kwnames) else { return .null }
                kwargs = d
            } else {
                guard let d = rt.newDict() else { return .null }
                kwargs = d
            }
            return rt.tailCall(rt.prelude("_vformat"), [rt.arg(a, 0), rt.kept(kt), kwargs, .smallInt(2), .none])
        }
        defineTypedMethod(s, "format_map") { rt, a in
            guard let p = rt.methodArgs(a, "str", "format_map", .exactlyOne, min: 1, max: 1) else { return .null }
            let mapping = rt.slotValue(p[0])
            if rt.kindOf(mapping) == .dict && rt.isExact(mapping) && DictView(mapping).used <= 32 {
                var auto = (state: 0, next: 0)
                if let out = rt.vformatNative(StrView(rt.arg(a, 0)).codePoints, depth: 2, auto: &auto, positional: nil,
                                              keywords: nil, mapping: mapping) {
                    return rt.strFromCodePoints(out) ?? .null
                }
                if !rt.raising.isNull { return .null }
            }
            return rt.tailCall(rt.prelude("_vformat"), [rt.arg(a, 0), .none, rt.slotValue(p[0]), .smallInt(2), .none])
        }

        define(builtinsDict, "format") { rt, a in
            guard rt.checkArgs(a, "format", min: 1, max: 2) else { return .null }
            let spec = a.count > 1 ? rt.arg(a, 1) : rt.intern("")
            guard rt.kindOf(spec) == .str else {
                return rt.raise(rt.types.typeError, "format() argument 2 must be str, not \(rt.typeName(spec))")
            }
            if let r = rt.nativeFormat(rt.arg(a, 0), StrView(spec).codePoints) { return r }
            return rt.tailCall(rt.prelude("_format"), [rt.arg(a, 0), spec])
        }
        define(builtinsDict, "ascii") { rt, a in
            guard rt.checkArgs(a, "ascii", min: 1, max: 1) else { return .null }
            if let r = rt.reprString(rt.arg(a, 0)) { return rt.newStr(codePoints: asciiEscape(r.unicodeScalars.map { $0.value })) ?? .null }
            return rt.tailCall(rt.prelude("_ascii"), [rt.arg(a, 0)])
        }
        for t in [types.int, types.float, types.str] {
            let tname = TypeView(t).nameString
            defineTypedMethod(t, "__format__") { rt, a in
                guard let p = rt.methodArgs(a, tname, "__format__", .exactlyOne, min: 1, max: 1) else { return .null }
                let spec = rt.slotValue(p[0])
                guard rt.kindOf(spec) == .str else {
                    return rt.raise(rt.types.typeError, "__format__() argument must be str, not \(rt.typeName(spec))")
                }
                if let r = rt.nativeFormat(rt.arg(a, 0), StrView(spec).codePoints, forceBuiltin: true) { return r }
                return rt.tailCall(rt.prelude("_str"), [rt.arg(a, 0)])
            }
        }

        let w = weftModuleDict
        define(w, "format_markup") { rt, a in rt.markupList(StrView(rt.arg(a, 0)).codePoints) }
        define(w, "field_name_split") { rt, a in rt.fieldNameSplit(StrView(rt.arg(a, 0)).codePoints) }
        define(w, "ascii_escape") { rt, a in rt.newStr(codePoints: asciiEscape(StrView(rt.arg(a, 0)).codePoints)) ?? .null }
        define(w, "percent_final") { rt, a in rt.percentFormat(rt.arg(a, 0), rt.arg(a, 1), final: true) }
    }

    /// format(v, spec) for built-in values: the result, null after raising, nil when
    /// guest code decides (a user __format__, or str() of an object through object.__format__).
    func nativeFormat(_ v: Word, _ spec: [UInt32], forceBuiltin: Bool = false) -> Word? {
        let kind = kindOf(v)
        if spec.isEmpty && kind == .str && isExact(v) { return v }
        guard let out = formatCodePoints(v, spec, forceBuiltin: forceBuiltin) else { return raising.isNull ? nil : .null }
        return strFromCodePoints(out) ?? .null
    }

    /// The text of format(v, spec) without allocating; nil with `raising` set on error,
    /// nil with nothing raised when guest code decides.
    func formatCodePoints(_ v: Word, _ spec: [UInt32], forceBuiltin: Bool = false) -> [UInt32]? {
        let t = typeOf(v)
        let kind = kindOf(v)
        if isHeapType(t) && !forceBuiltin { return nil }
        func run(_ body: () throws(FormatError) -> [UInt32]) -> [UInt32]? {
            do throws(FormatError) { return try body() } catch {
                switch error {
                case .value(let m): raise(types.valueError, m)
                case .overflow(let m): raise(types.overflowError, m)
                }
                return nil
            }
        }
        switch kind {
        case .str:
            if spec.isEmpty { return StrView(v).codePoints }
            let s = StrView(v).codePoints
            return run { () throws(FormatError) in try Formatter.formatStr(s, spec) }
        case .int, .bool:
            if spec.isEmpty { return strString(v).map { Array($0.unicodeScalars.map { $0.value }) } }
            let b = bigValue(v)
            let name = typeName(v)
            return run { () throws(FormatError) in try Formatter.formatInt(b, spec, typeName: name) }
        case .float:
            let d = floatValue(v)
            if spec.isEmpty { return Array(pyRepr(d).unicodeScalars.map { $0.value }) }
            return run { () throws(FormatError) in try Formatter.formatFloat(d, spec) }
        case .complex:
            if spec.isEmpty { return strString(v).map { Array($0.unicodeScalars.map { $0.value }) } }
            return nil
        default:
            if !spec.isEmpty {
                raise(types.typeError, "unsupported format string passed to \(typeName(v)).__format__")
                return nil
            }
            return strString(v).map { Array($0.unicodeScalars.map { $0.value }) }
        }
    }

    /// str.format natively; nil when the prelude must do it (or, with `raising` set,
    /// on an error found natively).
    func vformatNative(_ fmt: [UInt32], depth: Int, auto: inout (state: Int, next: Int),
                       positional: (base: Int, count: Int)?, keywords: (base: Int, names: Word)?, mapping: Word) -> [UInt32]? {
        let (items, error) = Markup.parse(fmt)
        if error != nil { return nil }
        var out: [UInt32] = []
        for item in items {
            out.append(contentsOf: item.literal)
            if !item.hasField { continue }
            if item.expand || item.name.contains(where: { $0 == 0x2E || $0 == 0x5B }) { return nil }
            guard let index = Markup.integer(item.name[...]) else { return nil }
            let empty = item.name.isEmpty
            var value = Word.null
            if empty || index >= 0 {
                if auto.state == 0 { auto.state = empty ? 1 : 2 }
                if (auto.state == 2) == empty { return nil }
                let i = empty ? auto.next : index
                if empty { auto.next += 1 }
                guard let p = positional, i < p.count else { return nil }
                value = vs[p.base + i]
            } else if let k = keywords {
                let names = TupleView(k.names)
                for j in 0..<names.count where StrView(names[j]).codePoints == item.name { value = vs[k.base + j] }
            } else if !mapping.isNull {
                dictForEach(mapping) { key, v in
                    if value.isNull && self.kindOf(key) == .str && StrView(key).codePoints == item.name { value = v }
                }
            }
            if value.isNull { return nil }
            var text: [UInt32]
            switch item.conversion {
            case 0:
                guard let r = formatCodePoints(value, item.spec) else { return nil }
                out.append(contentsOf: r)
                continue
            case 0x73: guard let s = strString(value) else { return nil }; text = s.unicodeScalars.map { $0.value }
            case 0x72: guard let s = reprString(value) else { return nil }; text = s.unicodeScalars.map { $0.value }
            case 0x61: guard let s = reprString(value) else { return nil }; text = asciiEscape(s.unicodeScalars.map { $0.value })
            default: return nil
            }
            if !item.spec.isEmpty {
                do throws(FormatError) { text = try Formatter.formatStr(text, item.spec) } catch { return nil }
            }
            out.append(contentsOf: text)
        }
        return out
    }

    /// _weft.format_markup(s): [(literal, name or None, spec, conversion or None, expand)...]
    /// and, if parsing fails, the ValueError's message last.
    func markupList(_ s: [UInt32]) -> Word {
        let (items, error) = Markup.parse(s)
        let m = vsp
        defer { release(to: m) }
        for item in items {
            let t = vsp
            guard let lit = strFromCodePoints(item.literal) else { return .null }
            keep(lit)
            if item.hasField {
                guard let n = strFromCodePoints(item.name) else { return .null }
                keep(n)
                guard let sp = strFromCodePoints(item.spec) else { return .null }
                keep(sp)
                if item.conversion == 0 { keep(.none) } else {
                    guard let c = strFromCodePoints([item.conversion]) else { return .null }
                    keep(c)
                }
                keep(.bool(item.expand))
            } else {
                keep(.none); keep(intern("")); keep(.none); keep(.false)
            }
            guard let tup = newTuple(fromStack: t, count: 5) else { return .null }
            release(to: t)
            keep(tup)
        }
        if let e = error {
            guard let w = newStr(e) else { return .null }
            keep(w)
        }
        return newList(fromStack: m, count: vsp - m) ?? .null
    }

    /// _weft.field_name_split(name): (first, index or -1, [(is_attr, key)... or error message]).
    func fieldNameSplit(_ s: [UInt32]) -> Word {
        let (first, rest) = Markup.splitName(s)
        guard let index = Markup.integer(first[...]) else {
            return raise(types.valueError, "Too many decimal digits in format string")
        }
        let m = vsp
        defer { release(to: m) }
        guard let f = strFromCodePoints(first) else { return .null }
        keep(f)
        keep(.smallInt(first.isEmpty ? -1 : index))
        let lb = vsp
        for r in rest {
            let t = vsp
            switch r {
            case .attribute(let a):
                keep(.true)
                guard let w = strFromCodePoints(a) else { return .null }
                keep(w)
            case .key(let k):
                keep(.false)
                guard let w = strFromCodePoints(k) else { return .null }
                keep(w)
            case .index(let i):
                keep(.false)
                guard let w = newInt(i) else { return .null }
                keep(w)
            case .error(let e):
                guard let w = newStr(e) else { return .null }
                keep(w)
                continue
            }
            guard let tup = newTuple(fromStack: t, count: 2) else { return .null }
            release(to: t)
            keep(tup)
        }
        guard let l = newList(fromStack: lb, count: vsp - lb) else { return .null }
        release(to: lb)
        keep(l)
        return newTuple(fromStack: m, count: 3) ?? .null
    }
}

/// ascii(): non-ASCII characters of a repr as \x, \u or \U escapes.
func asciiEscape(_ s: [UInt32]) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(s.count)
    let hex = Array("0123456789abcdef".unicodeScalars.map { $0.value })
    for c in s {
        if c < 128 { out.append(c); continue }
        let (letter, n): (UInt32, Int) = c < 0x100 ? (0x78, 2) : c < 0x10000 ? (0x75, 4) : (0x55, 8)
        out.append(0x5C)
        out.append(letter)
        for k in stride(from: n - 1, through: 0, by: -1) { out.append(hex[Int((c >> (UInt32(k) * 4)) & 15)]) }
    }
    return out
}
