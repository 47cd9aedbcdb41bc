// f-string fields (format(value, spec) after !s/!r/!a) and str % args.

import WeftMemory
import WeftSyntax

extension Runtime {
    func formatValue(_ v: Word, conversion: Int, spec: Word) -> Word {
        let hasSpec = spec != .none && StrView(spec).count > 0
        var s: String?
        switch conversion {
        case 0x73: s = strString(v)
        case 0x72: s = reprString(v)
        case 0x61: s = reprString(v).map(asciiEscape)
        default:
            if !hasSpec { s = strString(v) }
            else if let r = nativeFormat(v, StrView(spec).string) { return r }
        }
        if let str = s, !hasSpec { return newStr(str) ?? .null }
        return tailCall(prelude("_format_value"), [v, .smallInt(conversion), spec])
    }

    func asciiEscape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + String(u.value, radix: 16).leftPadded(to: 2) }
            else if u.value < 0x10000 { out += "\\u" + String(u.value, radix: 16).leftPadded(to: 4) }
            else { out += "\\U" + String(u.value, radix: 16).leftPadded(to: 8) }
        }
        return out
    }

    /// format() for built-in values and a spec; nil when the prelude must do it.
    func nativeFormat(_ v: Word, _ spec: String) -> Word? {
        nil
    }

    func percentFormat(_ fmt: Word, _ args: Word) -> Word? {
        nil
    }
}
