// NFKC normalization (UAX #15), which PEP 3131 applies to non-ASCII identifiers, without
// Foundation (linked, with ICU, it cost ~4 MB of resident memory at start-up). The tables, in
// NormalizationTables.swift, are CPython 3.11's (Unicode 14.0), written by
// scripts/gen-normalization-tables.py and checked against unicodedata.normalize by
// scripts/nfkc-check.py.

private let hangulSBase: UInt32 = 0xAC00, hangulLBase: UInt32 = 0x1100
private let hangulVBase: UInt32 = 0x1161, hangulTBase: UInt32 = 0x11A7
private let hangulLCount: UInt32 = 19, hangulVCount: UInt32 = 21, hangulTCount: UInt32 = 28
private let hangulNCount: UInt32 = hangulVCount * hangulTCount
private let hangulSCount: UInt32 = hangulLCount * hangulNCount

/// The NFKC form of `s`; an all-ASCII string is returned as is.
public func nfkc(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
    // Each element: code point | canonical combining class << 24.
    var buf = [UInt32]()
    buf.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars { nfkdAppend(u.value, to: &buf) }
    canonicalOrder(&buf)
    canonicalCompose(&buf)
    var out = String.UnicodeScalarView()
    for e in buf { out.append(Unicode.Scalar(e & 0xFF_FFFF)!) }
    return String(out)
}

/// The canonical combining class of `c` (0 for most characters).
func canonicalCombiningClass(_ c: UInt32) -> UInt32 {
    if c < 0x300 { return 0 }
    return combiningClasses.withUnsafeBufferPointer { t in
        // The first entry whose character is >= c.
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if t[mid] >> 8 < c { lo = mid + 1 } else { hi = mid }
        }
        return lo < t.count && t[lo] >> 8 == c ? t[lo] & 0xFF : 0
    }
}

/// Appends the full compatibility decomposition of `c`, with combining classes.
private func nfkdAppend(_ c: UInt32, to buf: inout [UInt32]) {
    if c < 0xA0 { buf.append(c); return }
    if c &- hangulSBase < hangulSCount {
        let i = c - hangulSBase
        buf.append(hangulLBase + i / hangulNCount)
        buf.append(hangulVBase + (i % hangulNCount) / hangulTCount)
        let t = i % hangulTCount
        if t != 0 { buf.append(hangulTBase + t) }
        return
    }
    let found: (Int, Int)? = nfkdIndex.withUnsafeBufferPointer { t in
        var lo = 0, hi = t.count
        let key = UInt64(c)
        while lo < hi {
            let mid = (lo + hi) >> 1
            if t[mid] >> 32 < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < t.count, t[lo] >> 32 == key else { return nil }
        return (Int((t[lo] >> 8) & 0xFF_FFFF), Int(t[lo] & 0xFF))
    }
    if let (start, count) = found {
        for k in start..<start + count {
            let d = nfkdData[k]
            buf.append(d | canonicalCombiningClass(d) << 24)
        }
    } else {
        buf.append(c | canonicalCombiningClass(c) << 24)
    }
}

/// Canonical ordering: a stable sort of each run of non-starters by combining class.
private func canonicalOrder(_ buf: inout [UInt32]) {
    var i = 1
    while i < buf.count {
        let e = buf[i], cc = e >> 24
        if cc != 0 {
            var j = i
            while j > 0, buf[j - 1] >> 24 > cc {
                buf[j] = buf[j - 1]
                j -= 1
            }
            buf[j] = e
        }
        i += 1
    }
}

/// The primary composite of `a` followed by `b`, if any.
private func composePair(_ a: UInt32, _ b: UInt32) -> UInt32? {
    if a &- hangulLBase < hangulLCount, b &- hangulVBase < hangulVCount {
        return hangulSBase + ((a - hangulLBase) * hangulVCount + (b - hangulVBase)) * hangulTCount
    }
    if a &- hangulSBase < hangulSCount, (a - hangulSBase) % hangulTCount == 0,
       b &- hangulTBase &- 1 < hangulTCount - 1 {
        return a + (b - hangulTBase)
    }
    let key = UInt64(a) << 21 | UInt64(b)
    return compositions.withUnsafeBufferPointer { t in
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if t[mid] >> 21 < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < t.count, t[lo] >> 21 == key else { return nil }
        return UInt32(t[lo] & 0x1F_FFFF)
    }
}

/// Canonical composition: each character not blocked from the last starter is combined
/// with it when they have a primary composite.
private func canonicalCompose(_ buf: inout [UInt32]) {
    guard !buf.isEmpty else { return }
    var starter = 0
    // 256 when the first character is not a starter: nothing composes with it.
    var lastClass = buf[0] >> 24 == 0 ? 0 : 256 as UInt32
    var n = 1
    for i in 1..<buf.count {
        let e = buf[i], c = e & 0xFF_FFFF, cc = e >> 24
        if lastClass < cc || lastClass == 0, let p = composePair(buf[starter] & 0xFF_FFFF, c) {
            // Composites are starters (primary composites decompose to a starter first).
            buf[starter] = p | canonicalCombiningClass(p) << 24
            continue
        }
        if cc == 0 { starter = n }
        lastClass = cc
        buf[n] = e
        n += 1
    }
    buf.removeLast(buf.count - n)
}
