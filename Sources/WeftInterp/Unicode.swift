// Character properties and case mappings exactly as CPython 3.11 has them (Unicode 14),
// read from the tables scripts/gen-unicode-tables.py generates into UnicodeData.swift.
// Mappings append to an output array because some characters map to several
// ('ß'.upper() == 'SS').

import WeftMemory
import WeftSyntax

enum UnicodeChar {
    /// Property bits of the ASCII characters, looked up without a search.
    static let asciiFlags: [UInt16] = (0..<128).map { searchFlags(UInt32($0)) }

    static func searchFlags(_ c: UInt32) -> UInt16 {
        let key = c << 5 | 31
        var lo = 0, hi = charPropertyRuns.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if charPropertyRuns[mid] <= key { lo = mid + 1 } else { hi = mid }
        }
        return charFlagSets[Int(charPropertyRuns[lo - 1] & 31)]
    }

    @inline(__always) static func flags(_ c: UInt32) -> UInt16 {
        c < 128 ? asciiFlags[Int(c)] : searchFlags(c)
    }

    @inline(__always) static func has(_ c: UInt32, _ f: UInt16) -> Bool { flags(c) & f != 0 }

    static func isSpace(_ c: UInt32) -> Bool {
        if c < 128 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
        return searchFlags(c) & CharFlag.space != 0
    }

    static func isAlnum(_ c: UInt32) -> Bool {
        has(c, CharFlag.alpha | CharFlag.decimal | CharFlag.digit | CharFlag.numeric)
    }

    static func isPrintableChar(_ c: UInt32) -> Bool {
        guard let s = Unicode.Scalar(c) else { return false }
        return isPrintable(s)
    }

    /// Line boundaries of str.splitlines.
    static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The value of a decimal digit (any script), or nil.
    static func decimalValue(_ c: UInt32) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        if c < 128 || !has(c, CharFlag.decimal) { return nil }
        var lo = 0, hi = decimalZeros.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if decimalZeros[mid] <= c { lo = mid + 1 } else { hi = mid }
        }
        return Int(c - decimalZeros[lo - 1])
    }

    /// _PyUnicode_TransformDecimalAndSpaceToASCII, for int() and float() of a str:
    /// decimal digits of any script become ASCII digits, other spaces ' ', anything
    /// else non-ASCII '?' (which no number parser accepts).
    static func asciiNumber(_ w: Word) -> String {
        let v = StrView(w)
        if v.isASCII { return v.string }
        var out = String.UnicodeScalarView()
        for k in 0..<v.count {
            let c = v[k]
            if c < 128 { out.append(Unicode.Scalar(UInt8(c))) }
            else if isSpace(c) { out.append(" ") }
            else if let d = decimalValue(c) { out.append(Unicode.Scalar(UInt8(0x30 + d))) }
            else { out.append("?") }
        }
        return String(out)
    }

    // MARK: case mappings

    static let lowerMulti = specials(lowerSpecial)
    static let upperMulti = specials(upperSpecial)
    static let titleMulti = specials(titleSpecial)
    static let foldMulti = specials(foldSpecial)

    static func specials(_ t: [UInt32]) -> [UInt32: [UInt32]] {
        var d: [UInt32: [UInt32]] = [:]
        var k = 0
        while k < t.count {
            let n = Int(t[k + 1])
            d[t[k]] = Array(t[(k + 2)..<(k + 2 + n)])
            k += 2 + n
        }
        return d
    }

    /// The one-character mapping of `c` by a runs table, or c itself.
    static func mapRuns(_ runs: [Int32], _ c: UInt32) -> UInt32 {
        var lo = 0, hi = runs.count / 4
        let v = Int32(bitPattern: c)
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid * 4] <= v { lo = mid + 1 } else { hi = mid }
        }
        if lo == 0 { return c }
        let r = (lo - 1) * 4
        guard v <= runs[r + 1], (v - runs[r]) % runs[r + 3] == 0 else { return c }
        return UInt32(bitPattern: v + runs[r + 2])
    }

    static func lower(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c); return }
        if let m = lowerMulti[c] { out.append(contentsOf: m); return }
        out.append(mapRuns(lowerRuns, c))
    }

    static func upper(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 0x61 && c <= 0x7A ? c - 32 : c); return }
        if let m = upperMulti[c] { out.append(contentsOf: m); return }
        out.append(mapRuns(upperRuns, c))
    }

    static func title(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 0x61 && c <= 0x7A ? c - 32 : c); return }
        if let m = titleMulti[c] { out.append(contentsOf: m); return }
        out.append(mapRuns(titleRuns, c))
    }

    static func fold(_ c: UInt32, _ out: inout [UInt32]) {
        if c < 128 { out.append(c >= 0x41 && c <= 0x5A ? c + 32 : c); return }
        if let m = foldMulti[c] { out.append(contentsOf: m); return }
        out.append(mapRuns(foldRuns, c))
    }

    /// Lowercase of s[i] with CPython's final-sigma rule for U+03A3.
    static func lower(_ s: [UInt32], _ i: Int, _ out: inout [UInt32]) {
        if s[i] == 0x3A3 { out.append(finalSigma(s, i) ? 0x3C2 : 0x3C3); return }
        lower(s[i], &out)
    }

    static func finalSigma(_ s: [UInt32], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && has(s[j], CharFlag.caseIgnorable) { j -= 1 }
        guard j >= 0 && has(s[j], CharFlag.cased) else { return false }
        j = i + 1
        while j < s.count && has(s[j], CharFlag.caseIgnorable) { j += 1 }
        return j == s.count || !has(s[j], CharFlag.cased)
    }
}
