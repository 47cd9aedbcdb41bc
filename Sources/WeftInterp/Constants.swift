// The runtime values of flow-graph constants: immortal objects made once per lowering.

import BigInt
import WeftMemory
import WeftFlow

extension Runtime {
    func constantWord(_ c: Constant) -> Word {
        switch c {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .undefined: return .null
        case .bool(let b): return .bool(b)
        case .int(let i):
            if let v = Int(exactly: i), Word.fitsSmallInt(v) { return .smallInt(v) }
            return newBigInt(i, immortal: true)!
        case .float(let d):
            return Word.flonum(d) ?? newBoxedFloat(d, immortal: true)!
        case .complex(let r, let i):
            let o = allocateImmortal(LayoutID.complex, bytes: ComplexField.fixedWords * 8, cls: types.complex)
            o.setRaw(ComplexField.real, r.bitPattern)
            o.setRaw(ComplexField.imag, i.bitPattern)
            return o.word
        case .str(let s):
            return internConstant(s)
        case .bytes(let b):
            let o = allocateImmortal(LayoutID.bytes, bytes: StrField.fixedWords * 8 + ((b.count + 7) & ~7), cls: types.bytes)
            o.setRaw(StrField.byteLength, UInt64(b.count))
            o.setRaw(StrField.hash, 0)
            o.setRaw(StrField.kind, 1)
            for (k, x) in b.enumerated() { (o.base + StrField.fixedWords * 8).storeBytes(of: x, toByteOffset: k, as: UInt8.self) }
            return o.word
        case .tuple(let items):
            return immortalTuple(items.map { constantWord($0) })
        case .code(let fc):
            return .smallInt(codeID(for: fc))
        case .builtin(let name):
            if let e = types.exceptions[name] { return e }
            let v = dictGetStr(builtinsDict, intern(name))
            return v.isNull ? .none : v
        }
    }
}
