// str objects: PEP 393 storage in Weft's heap — 1, 2 or 4 bytes per character, the
// narrowest that fits — so indexing is O(1) and most strings take a byte a character.

import WeftMemory
import WeftSyntax

enum StrKind {
    static let ascii: UInt64 = 0x100
}

extension Runtime {
    /// A str with `length` characters of `width` bytes, data to be filled by the caller.
    func allocateStr(length: Int, width: Int, ascii: Bool, immortal: Bool = false) -> ObjectRef? {
        let bytes = StrField.fixedWords * 8 + ((length * width + 7) & ~7)
        let o: ObjectRef
        if immortal {
            o = allocateImmortal(LayoutID.str, bytes: bytes, cls: types.str)
        } else {
            guard let m = allocate(LayoutID.str, bytes: bytes, cls: types.str) else { return nil }
            o = m
        }
        o.setRaw(StrField.byteLength, UInt64(length * width))
        o.setRaw(StrField.hash, 0)
        o.setRaw(StrField.kind, UInt64(width) | (ascii ? StrKind.ascii : 0))
        return o
    }

    func newStr(_ s: String, immortal: Bool = false) -> Word? {
        var maxScalar: UInt32 = 0
        var count = 0
        for u in s.unicodeScalars { maxScalar = max(maxScalar, u.value); count += 1 }
        return newStr(count: count, maxScalar: maxScalar, immortal: immortal, s.unicodeScalars.lazy.map { $0.value })
    }

    func newStr(codePoints cps: [UInt32], immortal: Bool = false) -> Word? {
        newStr(count: cps.count, maxScalar: cps.max() ?? 0, immortal: immortal, cps)
    }

    func newStr<S: Sequence>(count: Int, maxScalar: UInt32, immortal: Bool, _ cps: S) -> Word? where S.Element == UInt32 {
        let width = maxScalar < 0x100 ? 1 : maxScalar < 0x10000 ? 2 : 4
        guard let o = allocateStr(length: count, width: width, ascii: maxScalar < 0x80, immortal: immortal) else { return nil }
        let data = o.base + StrField.fixedWords * 8
        var k = 0
        switch width {
        case 1: for c in cps { data.storeBytes(of: UInt8(c), toByteOffset: k, as: UInt8.self); k += 1 }
        case 2: for c in cps { data.storeBytes(of: UInt16(c), toByteOffset: k * 2, as: UInt16.self); k += 1 }
        default: for c in cps { data.storeBytes(of: c, toByteOffset: k * 4, as: UInt32.self); k += 1 }
        }
        return o.word
    }

    /// The immortal str for an identifier or constant, made once.
    func intern(_ s: String) -> Word {
        if let w = interned[ExactString(s)] { return w }
        let w = newStr(s, immortal: true)!
        interned[ExactString(s)] = w
        return w
    }

    func internConstant(_ p: PyString) -> Word {
        switch p {
        case .text(let s): return intern(s)
        case .scalars(let cps): return newStr(codePoints: cps, immortal: true)!
        }
    }
}

/// A dictionary key for a String that compares code points, not canonical equivalence
/// (Swift's String == makes "é" and "e\u{301}" equal; Python's str does not).
struct ExactString: Hashable {
    let s: String
    init(_ s: String) { self.s = s }
    // Through the contiguous UTF-8 buffers: hashing and comparing byte by byte through the
    // UTF8View was ~5% of start-up (interning the names of the prelude and built-ins).
    static func == (a: ExactString, b: ExactString) -> Bool {
        guard a.s.utf8.count == b.s.utf8.count else { return false }
        var x = a.s, y = b.s
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }
    func hash(into h: inout Hasher) {
        var x = s
        x.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Read access to a str object.
struct StrView {
    let o: ObjectRef
    @inline(__always) init(_ w: Word) { o = ObjectRef(w) }
    @inline(__always) var count: Int { Int(o.raw(StrField.byteLength)) >> (width >> 1) }
    @inline(__always) var width: Int { Int(o.raw(StrField.kind) & 0xFF) }
    @inline(__always) var isASCII: Bool { o.raw(StrField.kind) & StrKind.ascii != 0 }
    @inline(__always) var data: UnsafeMutableRawPointer { o.base + StrField.fixedWords * 8 }

    @inline(__always) subscript(i: Int) -> UInt32 {
        switch width {
        case 1: return UInt32(data.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(data.load(fromByteOffset: i * 2, as: UInt16.self))
        default: return data.load(fromByteOffset: i * 4, as: UInt32.self)
        }
    }

    var codePoints: [UInt32] { (0..<count).map { self[$0] } }

    var string: String {
        if width == 1 && isASCII {
            return String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
        }
        var s = String.UnicodeScalarView()
        for k in 0..<count { s.append(Unicode.Scalar(self[k]) ?? "\u{FFFD}") }
        return String(s)
    }

    /// UTF-8 bytes (lone surrogates as "surrogateescape"-free replacement, like print's
    /// 'strict' would fail: callers check `hasSurrogates` first where it matters).
    func utf8(into out: inout [UInt8]) {
        if width == 1 && isASCII {
            out.append(contentsOf: UnsafeRawBufferPointer(start: data, count: count))
            return
        }
        for k in 0..<count {
            let c = self[k]
            if c < 0x80 { out.append(UInt8(c)) }
            else if c < 0x800 { out.append(UInt8(0xC0 | (c >> 6))); out.append(UInt8(0x80 | (c & 0x3F))) }
            else if c < 0x10000 {
                out.append(UInt8(0xE0 | (c >> 12))); out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
            } else {
                out.append(UInt8(0xF0 | (c >> 18))); out.append(UInt8(0x80 | ((c >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((c >> 6) & 0x3F))); out.append(UInt8(0x80 | (c & 0x3F)))
            }
        }
    }

    var hasSurrogates: Bool {
        width >= 2 && (0..<count).contains { self[$0] >= 0xD800 && self[$0] <= 0xDFFF }
    }

    static func equal(_ a: Word, _ b: Word) -> Bool {
        if a == b { return true }
        let x = StrView(a), y = StrView(b)
        let n = x.count
        guard n == y.count else { return false }
        if x.width == y.width {
            return memcmp(x.data, y.data, n * x.width) == 0
        }
        for k in 0..<n where x[k] != y[k] { return false }
        return true
    }

    /// Python's ordering of strs: by code points.
    static func compare(_ a: Word, _ b: Word) -> Int {
        let x = StrView(a), y = StrView(b)
        let n = min(x.count, y.count)
        if x.width == 1 && y.width == 1 {
            let r = memcmp(x.data, y.data, n)
            if r != 0 { return r < 0 ? -1 : 1 }
        } else {
            for k in 0..<n {
                let p = x[k], q = y[k]
                if p != q { return p < q ? -1 : 1 }
            }
        }
        return x.count < y.count ? -1 : x.count > y.count ? 1 : 0
    }

    /// The hash, computed once and cached (FNV-1a over code points, folded to 61 bits:
    /// CPython's own str hash is randomized per process, so no program can rely on it).
    var hash: Int {
        let cached = o.raw(StrField.hash)
        if cached != 0 { return Int(bitPattern: UInt(cached)) &- 1 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count {
            h = (h ^ UInt64(self[k])) &* 0x100_0000_01b3
        }
        var r = Int(bitPattern: UInt(h & ((1 << 61) - 1)))
        if r == -1 { r = -2 }
        o.setRaw(StrField.hash, UInt64(bitPattern: Int64(r &+ 1)))
        return r
    }
}

#if canImport(Glibc)
import Glibc
#endif
