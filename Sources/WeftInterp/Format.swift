// f-string fields: FORMAT_VALUE (conversion !s/!r/!a, then format(value, spec)).
// The formatting itself is in FormatSpec.swift (the spec mini-language), StrFormat.swift
// (str.format, format(), __format__) and StrPercent.swift (str % args).

import WeftMemory
import WeftSyntax

extension Runtime {
    func formatValue(_ v: Word, conversion: Int, spec specW: Word) -> Word {
        let spec = specW == .none || specW.isNull ? intern("") : specW
        let specCps = StrView(spec).codePoints
        if conversion != 0x73 && conversion != 0x72 && conversion != 0x61 {
            if let r = nativeFormat(v, specCps) { return r }
            return tailCall(prelude("_format_value"), [v, .smallInt(conversion), spec])
        }
        if conversion == 0x73 && specCps.isEmpty && kindOf(v) == .str && isExact(v) { return v }
        guard var cps = conversion == 0x73 ? strCodePoints(v) : reprCodePoints(v) else {
            return tailCall(prelude("_format_value"), [v, .smallInt(conversion), spec])
        }
        if conversion == 0x61 { cps = asciiEscape(cps) }
        if !specCps.isEmpty {
            do throws(FormatError) { cps = try Formatter.formatStr(cps, specCps) } catch {
                if case .value(let m) = error { return raise(types.valueError, m) }
                return .null
            }
        }
        return strFromCodePoints(cps) ?? .null
    }

    /// str(v) as code points when no guest code is involved.
    func strCodePoints(_ v: Word) -> [UInt32]? {
        if kindOf(v) == .str && isExact(v) { return StrView(v).codePoints }
        return strString(v).map { Array($0.unicodeScalars.map { $0.value }) }
    }

    /// repr(v) as code points when no guest code is involved.
    func reprCodePoints(_ v: Word) -> [UInt32]? {
        reprString(v).map { Array($0.unicodeScalars.map { $0.value }) }
    }
}
