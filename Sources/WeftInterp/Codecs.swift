// str.encode and bytes.decode: the codecs utf-8, ascii, latin-1, the single-byte
// charmap codecs (cp1252...), utf-16 and utf-32, with the error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass —
// error ranges and messages as CPython's (Objects/unicodeobject.c, stringlib/codecs.h).
// UnicodeEncodeError/UnicodeDecodeError keep CPython's five arguments; their
// attributes and str() are computed from them here.

import WeftMemory
import WeftSyntax

enum Codec {
    case utf8, ascii, latin1
    case charmap([UInt16])
    case utf16(bigEndian: Bool, bom: Bool)
    case utf32(bigEndian: Bool, bom: Bool)

    init?(_ name: String) {
        guard let m = codecModuleName(name) else { return nil }
        switch m {
        case "utf_8": self = .utf8
        case "ascii": self = .ascii
        case "latin_1": self = .latin1
        case "utf_16": self = .utf16(bigEndian: false, bom: true)
        case "utf_16_le": self = .utf16(bigEndian: false, bom: false)
        case "utf_16_be": self = .utf16(bigEndian: true, bom: false)
        case "utf_32": self = .utf32(bigEndian: false, bom: true)
        case "utf_32_le": self = .utf32(bigEndian: false, bom: false)
        case "utf_32_be": self = .utf32(bigEndian: true, bom: false)
        default:
            guard let t = singleByteCodecTable(m) else { return nil }
            self = .charmap(t)
        }
    }

    /// The name in error messages.
    var displayName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .charmap: return "charmap"
        case .utf16(let be, let bom): return bom ? "utf-16" : be ? "utf-16-be" : "utf-16-le"
        case .utf32(let be, let bom): return bom ? "utf-32" : be ? "utf-32-be" : "utf-32-le"
        }
    }
}

/// An encoding or decoding failure to raise: range [start, end) of the input.
struct CodecFailure: Error {
    var encoding: String
    var start: Int
    var end: Int
    var reason: String
    var lookup: String? = nil   // a LookupError's message instead
}

enum Codecs {
    static let handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]

    static func hex(_ v: UInt32, _ n: Int) -> [UInt8] {
        let d = Array("0123456789abcdef".utf8)
        return (0..<n).reversed().map { d[Int((v >> (UInt32($0) * 4)) & 15)] }
    }

    static func utf8(_ c: UInt32, _ out: inout [UInt8]) {
        if c < 0x80 { out.append(UInt8(c)) }
        else if c < 0x800 { out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F))) }
        else if c < 0x10000 {
            out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
        }
    }

    static func isSurrogate(_ c: UInt32) -> Bool { c >= 0xD800 && c <= 0xDFFF }

    // MARK: encode

    static func encode(_ s: [UInt32], _ codec: Codec, errors: String) throws(CodecFailure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        let name = codec.displayName
        /// One character's bytes, or nil if the codec cannot encode it.
        func one(_ c: UInt32) -> [UInt8]? {
            switch codec {
            case .utf8: if isSurrogate(c) { return nil }; var b: [UInt8] = []; utf8(c, &b); return b
            case .ascii: return c < 0x80 ? [UInt8(c)] : nil
            case .latin1: return c < 0x100 ? [UInt8(c)] : nil
            case .charmap(let t):
                if c < 0x80 { return [UInt8(c)] }
                if let i = t.firstIndex(of: UInt16(truncatingIfNeeded: c)), c < 0x10000 { return [UInt8(0x80 + i)] }
                return nil
            case .utf16(let be, _):
                if isSurrogate(c) { return nil }
                var units: [UInt16] = []
                if c >= 0x10000 { let v = c - 0x10000; units = [UInt16(0xD800 + (v >> 10)), UInt16(0xDC00 + (v & 0x3FF))] } else { units = [UInt16(c)] }
                return units.flatMap { be ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .utf32(let be, _):
                if isSurrogate(c) { return nil }
                let b = [UInt8(c & 0xFF), UInt8((c >> 8) & 0xFF), UInt8((c >> 16) & 0xFF), UInt8(c >> 24)]
                return be ? b.reversed() : b
            }
        }
        switch codec {
        case .utf16(_, true): out += [0xFF, 0xFE]
        case .utf32(_, true): out += [0xFF, 0xFE, 0, 0]
        default: break
        }
        let reason: String
        switch codec {
        case .utf8, .utf16, .utf32: reason = "surrogates not allowed"
        case .ascii: reason = "ordinal not in range(128)"
        case .latin1: reason = "ordinal not in range(256)"
        case .charmap: reason = "character maps to <undefined>"
        }
        var i = 0
        while i < s.count {
            if let b = one(s[i]) { out += b; i += 1; continue }
            var end = i + 1
            while end < s.count && one(s[end]) == nil { end += 1 }
            let fail = CodecFailure(encoding: name, start: i, end: end, reason: reason)
            switch errors {
            case "strict": throw fail
            case "ignore": break
            case "replace": out += Array(repeating: 0x3F, count: end - i)
            case "backslashreplace":
                for c in s[i..<end] {
                    out.append(0x5C)
                    if c < 0x100 { out.append(0x78); out += hex(c, 2) }
                    else if c < 0x10000 { out.append(0x75); out += hex(c, 4) }
                    else { out.append(0x55); out += hex(c, 8) }
                }
            case "xmlcharrefreplace":
                for c in s[i..<end] { out += Array("&#\(c);".utf8) }
            case "surrogateescape":
                for c in s[i..<end] {
                    guard c >= 0xDC80 && c <= 0xDCFF else { throw fail }
                    out.append(UInt8(c - 0xDC00))
                }
            case "surrogatepass":
                switch codec {
                case .utf8:
                    for c in s[i..<end] {
                        guard isSurrogate(c) else { throw fail }
                        out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
                    }
                default: throw fail
                }
            case "namereplace": throw fail
            default:
                throw CodecFailure(encoding: name, start: i, end: end, reason: reason, lookup: "unknown error handler name '\(errors)'")
            }
            i = end
        }
        return out
    }

    // MARK: decode

    static func decode(_ b: [UInt8], _ codec: Codec, errors: String) throws(CodecFailure) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(b.count)
        let name = codec.displayName
        var i = 0
        let n = b.count
        /// Applies the error handler to bytes [start, end); returns where to go on.
        func handle(_ start: Int, _ end: Int, _ reason: String) throws(CodecFailure) -> Int {
            let fail = CodecFailure(encoding: name, start: start, end: end, reason: reason)
            switch errors {
            case "strict": throw fail
            case "ignore": break
            case "replace": out.append(0xFFFD)
            case "backslashreplace":
                for x in b[start..<end] { out += [0x5C, 0x78] + hex(UInt32(x), 2).map { UInt32($0) } }
            case "surrogateescape":
                for x in b[start..<end] {
                    guard x >= 0x80 else { throw fail }
                    out.append(0xDC00 + UInt32(x))
                }
            case "surrogatepass":
                if case .utf8 = codec, start + 2 < n, b[start] == 0xED, b[start + 1] >= 0xA0 && b[start + 1] <= 0xBF,
                   b[start + 2] & 0xC0 == 0x80 {
                    out.append(0xD000 | (UInt32(b[start + 1]) & 0x3F) << 6 | (UInt32(b[start + 2]) & 0x3F))
                    return start + 3
                }
                throw fail
            case "xmlcharrefreplace", "namereplace":
                // Encoding-only handlers: CPython raises TypeError from the handler.
                throw CodecFailure(encoding: name, start: start, end: end, reason: reason,
                                   lookup: "TypeError:don't know how to handle UnicodeDecodeError in error callback")
            default:
                throw CodecFailure(encoding: name, start: start, end: end, reason: reason, lookup: "unknown error handler name '\(errors)'")
            }
            return end
        }
        switch codec {
        case .ascii:
            while i < n {
                if b[i] < 0x80 { out.append(UInt32(b[i])); i += 1 } else { i = try handle(i, i + 1, "ordinal not in range(128)") }
            }
        case .latin1:
            for x in b { out.append(UInt32(x)) }
        case .charmap(let t):
            while i < n {
                let x = b[i]
                if x < 0x80 { out.append(UInt32(x)); i += 1; continue }
                let c = t[Int(x) - 0x80]
                if c == 0xFFFF { i = try handle(i, i + 1, "character maps to <undefined>") } else { out.append(UInt32(c)); i += 1 }
            }
        case .utf8:
            @inline(__always) func cont(_ x: UInt8) -> Bool { x & 0xC0 == 0x80 }
            while i < n {
                let c = b[i]
                if c < 0x80 { out.append(UInt32(c)); i += 1; continue }
                if c < 0xC2 || c > 0xF4 { i = try handle(i, i + 1, "invalid start byte"); continue }
                if c < 0xE0 {
                    if n - i < 2 { i = try handle(i, n, "unexpected end of data"); continue }
                    guard cont(b[i + 1]) else { i = try handle(i, i + 1, "invalid continuation byte"); continue }
                    out.append(UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))
                    i += 2
                    continue
                }
                if c < 0xF0 {
                    func bad2(_ x: UInt8) -> Bool { !cont(x) || (x < 0xA0 ? c == 0xE0 : c == 0xED) }
                    if n - i < 3 {
                        if n - i >= 2 && bad2(b[i + 1]) { i = try handle(i, i + 1, "invalid continuation byte"); continue }
                        i = try handle(i, n, "unexpected end of data"); continue
                    }
                    if bad2(b[i + 1]) { i = try handle(i, i + 1, "invalid continuation byte"); continue }
                    if !cont(b[i + 2]) { i = try handle(i, i + 2, "invalid continuation byte"); continue }
                    out.append(UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))
                    i += 3
                    continue
                }
                func bad2(_ x: UInt8) -> Bool { !cont(x) || (x < 0x90 ? c == 0xF0 : c == 0xF4) }
                if n - i < 4 {
                    if n - i >= 2 && bad2(b[i + 1]) { i = try handle(i, i + 1, "invalid continuation byte"); continue }
                    if n - i >= 3 && !cont(b[i + 2]) { i = try handle(i, i + 2, "invalid continuation byte"); continue }
                    i = try handle(i, n, "unexpected end of data"); continue
                }
                if bad2(b[i + 1]) { i = try handle(i, i + 1, "invalid continuation byte"); continue }
                if !cont(b[i + 2]) { i = try handle(i, i + 2, "invalid continuation byte"); continue }
                if !cont(b[i + 3]) { i = try handle(i, i + 3, "invalid continuation byte"); continue }
                out.append(UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F))
                i += 4
            }
        case .utf16(var be, let bom):
            if bom && n >= 2 {
                if b[0] == 0xFF && b[1] == 0xFE { i = 2; be = false } else if b[0] == 0xFE && b[1] == 0xFF { i = 2; be = true }
            }
            func unit(_ k: Int) -> UInt32 { be ? UInt32(b[k]) << 8 | UInt32(b[k + 1]) : UInt32(b[k + 1]) << 8 | UInt32(b[k]) }
            while i < n {
                if n - i < 2 { i = try handle(i, n, "truncated data"); continue }
                let u = unit(i)
                if u < 0xD800 || u > 0xDFFF { out.append(u); i += 2; continue }
                if u >= 0xDC00 { i = try handle(i, i + 2, "illegal encoding"); continue }
                if n - i < 4 { i = try handle(i, n, "unexpected end of data"); continue }
                let u2 = unit(i + 2)
                guard u2 >= 0xDC00 && u2 <= 0xDFFF else { i = try handle(i, i + 2, "illegal UTF-16 surrogate"); continue }
                out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00))
                i += 4
            }
        case .utf32(var be, let bom):
            if bom && n >= 4 {
                if b[0..<4].elementsEqual([0xFF, 0xFE, 0, 0]) { i = 4; be = false } else if b[0..<4].elementsEqual([0, 0, 0xFE, 0xFF]) { i = 4; be = true }
            }
            while i < n {
                if n - i < 4 { i = try handle(i, n, "truncated data"); continue }
                let q = (0..<4).map { UInt32(b[i + $0]) }
                let c = be ? q[0] << 24 | q[1] << 16 | q[2] << 8 | q[3] : q[3] << 24 | q[2] << 16 | q[1] << 8 | q[0]
                if c > 0x10FFFF || isSurrogate(c) {
                    i = try handle(i, i + 4, c > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)")
                    continue
                }
                out.append(c)
                i += 4
            }
        }
        return out
    }
}

extension Runtime {
    func registerCodecs() {
        defineTypedMethod(types.str, "encode") { rt, a in
            guard let p = rt.methodArgs(a, "str", "encode", .keywords, min: 0, max: 2, names: ["encoding", "errors"]) else { return .null }
            guard let (codec, errors) = rt.codecArgs("encode", p) else { return .null }
            do throws(CodecFailure) {
                let out = try Codecs.encode(StrView(rt.arg(a, 0)).codePoints, codec, errors: errors)
                return rt.newBytes(out) ?? .null
            } catch {
                return rt.raiseCodecFailure(error, encode: true, objectSlot: a.base)
            }
        }
        for t in [types.bytes, types.bytearray] {
            let tn = TypeView(t).nameString
            defineTypedMethod(t, "decode") { rt, a in
                guard let p = rt.methodArgs(a, tn, "decode", .keywords, min: 0, max: 2, names: ["encoding", "errors"]) else { return .null }
                guard let (codec, errors) = rt.codecArgs("decode", p) else { return .null }
                do throws(CodecFailure) {
                    let out = try Codecs.decode(rt.bytesOf(rt.arg(a, 0)), codec, errors: errors)
                    return rt.strFromCodePoints(out) ?? .null
                } catch {
                    return rt.raiseCodecFailure(error, encode: false, objectSlot: a.base)
                }
            }
        }
        for t in [types.unicodeEncodeError, types.unicodeDecodeError] {
            defineMethod(t, "__str__") { rt, a in
                let e = rt.arg(a, 0)
                if let s = rt.unicodeErrorMessage(e) { return rt.newStr(s) ?? .null }
                return rt.tailCall(rt.prelude("_base_exception_str"), [e])
            }
        }
    }

    /// The codec and error handler named by encode/decode's arguments (slots).
    func codecArgs(_ fname: String, _ p: [Int]) -> (Codec, String)? {
        var encoding = "utf-8", errors = "strict"
        for (k, what) in [(0, "encoding"), (1, "errors")] where p[k] >= 0 {
            let v = slotValue(p[k])
            guard kindOf(v) == .str else {
                raise(types.typeError, "\(fname)() argument '\(what)' must be str, not \(typeName(v))")
                return nil
            }
            if k == 0 { encoding = StrView(v).string } else { errors = StrView(v).string }
        }
        guard let codec = Codec(encoding) else {
            raise(types.lookupError, "unknown encoding: \(encoding)")
            return nil
        }
        return (codec, errors)
    }

    /// Raises the UnicodeEncodeError/UnicodeDecodeError (or LookupError) of a failure;
    /// the object is the str or bytes in `objectSlot`.
    func raiseCodecFailure(_ f: CodecFailure, encode: Bool, objectSlot: Int) -> Word {
        if let l = f.lookup {
            if l.hasPrefix("TypeError:") { return raise(types.typeError, String(l.dropFirst(10))) }
            return raise(types.lookupError, l)
        }
        let m = vsp
        defer { release(to: m) }
        guard let enc = newStr(f.encoding) else { return .null }
        keep(enc)
        keep(vs[objectSlot])
        keep(.smallInt(f.start))
        keep(.smallInt(f.end))
        guard let reason = newStr(f.reason) else { return .null }
        keep(reason)
        guard let args = newTuple(fromStack: m, count: 5) else { return .null }
        guard let e = newException(encode ? types.unicodeEncodeError : types.unicodeDecodeError, args: args) else { return .null }
        return setRaising(e)
    }

    /// The five arguments of a UnicodeEncodeError/DecodeError made with them.
    func unicodeErrorArgs(_ e: Word) -> TupleView? {
        let t = typeOf(e)
        guard isSubtype(t, types.unicodeEncodeError) || isSubtype(t, types.unicodeDecodeError) else { return nil }
        let a = ObjectRef(e)[ExceptionField.args]
        guard !a.isNull, TupleView(a).count == 5 else { return nil }
        let v = TupleView(a)
        guard kindOf(v[0]) == .str, isIntLike(v[2]), isIntLike(v[3]), kindOf(v[4]) == .str else { return nil }
        return v
    }

    /// str() of a UnicodeEncodeError/DecodeError (UnicodeEncodeError_str, UnicodeDecodeError_str).
    func unicodeErrorMessage(_ e: Word) -> String? {
        guard let v = unicodeErrorArgs(e), let start = intValue(v[2]), let end = intValue(v[3]) else { return nil }
        let enc = StrView(v[0]).string, reason = StrView(v[4]).string
        let obj = v[1]
        if isSubtype(typeOf(e), types.unicodeEncodeError) {
            guard kindOf(obj) == .str else { return nil }
            if start < StrView(obj).count && end == start + 1 {
                let c = StrView(obj)[start]
                let esc = c <= 0xFF ? "\\x" + String(c, radix: 16).leftPadded(to: 2)
                    : c <= 0xFFFF ? "\\u" + String(c, radix: 16).leftPadded(to: 4) : "\\U" + String(c, radix: 16).leftPadded(to: 8)
                return "'\(enc)' codec can't encode character '\(esc)' in position \(start): \(reason)"
            }
            return "'\(enc)' codec can't encode characters in position \(start)-\(end - 1): \(reason)"
        }
        guard isBytesLike(obj) else { return nil }
        if start < byteCount(obj) && end == start + 1 {
            let byte = byteAt(obj, start)
            return "'\(enc)' codec can't decode byte 0x\(String(byte, radix: 16).leftPadded(to: 2)) in position \(start): \(reason)"
        }
        return "'\(enc)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
    }

    /// encoding, object, start, end, reason of a UnicodeEncodeError/DecodeError.
    func unicodeErrorAttribute(_ e: Word, _ name: String) -> Word? {
        guard let v = unicodeErrorArgs(e) else { return nil }
        switch name {
        case "encoding": return v[0]
        case "object": return v[1]
        case "start": return v[2]
        case "end": return v[3]
        case "reason": return v[4]
        default: return nil
        }
    }
}
