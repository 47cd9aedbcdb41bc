// str's case mappings (upper, lower, title, capitalize, swapcase, casefold) and its
// is* predicates, by CPython 3.11's rules: full mappings from Unicode's special casing,
// Greek final sigma in lower-casing, title case by the previous character's cased-ness.

import WeftMemory

extension Runtime {
    func registerStrCase() {
        let s = types.str
        func mapping(_ name: String, _ f: @escaping ([UInt32]) -> [UInt32]) {
            defineTypedMethod(s, name) { rt, a in
                guard rt.methodArgs(a, "str", name, .noArgs, min: 0, max: 0) != nil else { return .null }
                let str = StrView(rt.arg(a, 0)).codePoints
                let r = f(str)
                if r == str { return rt.exactSelf(a) }
                return rt.strFromCodePoints(r) ?? .null
            }
        }
        mapping("lower") { s in
            var out: [UInt32] = []
            out.reserveCapacity(s.count)
            for i in s.indices { UnicodeChar.lower(s, i, &out) }
            return out
        }
        mapping("upper") { s in
            var out: [UInt32] = []
            out.reserveCapacity(s.count)
            for c in s { UnicodeChar.upper(c, &out) }
            return out
        }
        mapping("casefold") { s in
            var out: [UInt32] = []
            out.reserveCapacity(s.count)
            for c in s { UnicodeChar.fold(c, &out) }
            return out
        }
        mapping("capitalize") { s in
            var out: [UInt32] = []
            guard let first = s.first else { return out }
            UnicodeChar.title(first, &out)
            for i in s.indices.dropFirst() { UnicodeChar.lower(s, i, &out) }
            return out
        }
        mapping("title") { s in
            var out: [UInt32] = []
            var previousCased = false
            for i in s.indices {
                let c = s[i]
                if previousCased { UnicodeChar.lower(s, i, &out) } else { UnicodeChar.title(c, &out) }
                previousCased = UnicodeChar.has(c, CharFlag.cased)
            }
            return out
        }
        mapping("swapcase") { s in
            var out: [UInt32] = []
            for i in s.indices {
                let f = UnicodeChar.flags(s[i])
                if f & CharFlag.upper != 0 { UnicodeChar.lower(s, i, &out) }
                else if f & CharFlag.lower != 0 { UnicodeChar.upper(s[i], &out) }
                else { out.append(s[i]) }
            }
            return out
        }

        func predicate(_ name: String, _ f: @escaping ([UInt32]) -> Bool) {
            defineTypedMethod(s, name) { rt, a in
                guard rt.methodArgs(a, "str", name, .noArgs, min: 0, max: 0) != nil else { return .null }
                return .bool(f(StrView(rt.arg(a, 0)).codePoints))
            }
        }
        func all(_ flag: UInt16) -> ([UInt32]) -> Bool {
            { s in !s.isEmpty && s.allSatisfy { UnicodeChar.has($0, flag) } }
        }
        predicate("isalpha", all(CharFlag.alpha))
        predicate("isdecimal", all(CharFlag.decimal))
        predicate("isdigit", all(CharFlag.digit))
        predicate("isnumeric", all(CharFlag.numeric))
        predicate("isspace") { s in !s.isEmpty && s.allSatisfy(UnicodeChar.isSpace) }
        predicate("isalnum") { s in !s.isEmpty && s.allSatisfy(UnicodeChar.isAlnum) }
        predicate("isascii") { s in s.allSatisfy { $0 < 128 } }
        predicate("isprintable") { s in s.allSatisfy(UnicodeChar.isPrintableChar) }
        predicate("isidentifier") { s in
            guard let first = s.first, UnicodeChar.has(first, CharFlag.xidStart) else { return false }
            return s.dropFirst().allSatisfy { UnicodeChar.has($0, CharFlag.xidContinue) }
        }
        predicate("isupper") { s in
            var cased = false
            for c in s {
                let f = UnicodeChar.flags(c)
                if f & (CharFlag.lower | CharFlag.title) != 0 { return false }
                if f & CharFlag.upper != 0 { cased = true }
            }
            return cased
        }
        predicate("islower") { s in
            var cased = false
            for c in s {
                let f = UnicodeChar.flags(c)
                if f & (CharFlag.upper | CharFlag.title) != 0 { return false }
                if f & CharFlag.lower != 0 { cased = true }
            }
            return cased
        }
        predicate("istitle") { s in
            var cased = false, previousCased = false
            for c in s {
                let f = UnicodeChar.flags(c)
                if f & (CharFlag.upper | CharFlag.title) != 0 {
                    if previousCased { return false }
                    previousCased = true
                    cased = true
                } else if f & CharFlag.lower != 0 {
                    if !previousCased { return false }
                    previousCased = true
                    cased = true
                } else {
                    previousCased = false
                }
            }
            return cased
        }
    }
}
