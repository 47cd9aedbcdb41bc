// Operators on collections, natively: set algebra (| & - ^ and the in-place forms),
// dict | dict, in-place list += and *=, and the equality, ordering and hashing of sets,
// dicts and ranges. Each returns nil when guest code is needed (keys with __eq__ or
// __hash__ written in Python, a generator to drain...); the operator protocol then
// reaches the type's dunder method, which goes to the prelude.

import BigInt
import WeftMemory

extension Runtime {
    /// `x op y` for built-in collections, or nil (not handled here, or raised).
    func collectionBinary(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        let kx = kindOf(x), ky = kindOf(y)
        if isSetKind(kx) && isSetKind(ky) && isExact(x) && isExact(y) {
            guard setIsPlain(x) && setIsPlain(y) else { return nil }
            switch kind {
            case .or:
                let ky = keep(y)
                defer { release(to: ky) }
                return setUnionNative(x, others: ky, count: 1)
            case .and: return setIntersectionNative(x, y)
            case .sub: return setDifferenceNative(x, y)
            case .xor: return setSymmetricDifferenceNative(x, y)
            default: return nil
            }
        }
        if kind == .or && kx == .dict && ky == .dict && isExact(x) && isExact(y) {
            guard dictKeysArePlain(x) && dictKeysArePlain(y) else { return nil }
            let m = vsp
            let ky = keep(y)
            defer { release(to: m) }
            guard let r = copyDict(x) else { return .null }
            let kr = keep(r)
            guard dictMergeNative(kept(kr), kept(ky)) else { return .null }
            return kept(kr)
        }
        return nil
    }

    /// In-place operators that mutate their left operand; nil when not handled here.
    func collectionInplace(_ kind: BinaryKind, _ x: Word, _ y: Word) -> Word? {
        guard x.isPointer else { return nil }
        let kx = kindOf(x), ky = kindOf(y)
        switch kx {
        case .list where isExact(x):
            if kind == .add {
                let k = keep(x)
                defer { release(to: k) }
                if listExtend(x, y) { return kept(k) }
                if !raising.isNull { return .null }
                // The iterable needs guest code: the prelude extends, then gives the list.
                tailCallee = .null
                tailArgs = []
                return tailCall(prelude("_list_iadd"), [kept(k), y])
            }
            if kind == .mul && (ky == .int || ky == .bool) { return listInplaceRepeat(x, y) }
        case .set where isExact(x):
            guard isSetKind(ky) && isExact(y) else { return nil }
            guard setIsPlain(x) && setIsPlain(y) else { return nil }
            let k = keep(x)
            defer { release(to: k) }
            let ok: Bool
            switch kind {
            case .or: ok = setMerge(x, y)
            case .and:
                let ky = keep(y)
                ok = setIntersectionUpdateNative(x, others: ky, count: 1)
            case .sub: ok = setDifferenceUpdateNative(x, y)
            case .xor: ok = setSymmetricDifferenceUpdateNative(x, y)
            default: return nil
            }
            return ok ? kept(k) : .null
        case .dict where isExact(x):
            guard kind == .or else { return nil }
            let k = keep(x)
            defer { release(to: k) }
            if ky == .dict && isExact(y) && dictKeysArePlain(x) && dictKeysArePlain(y) {
                return dictMergeNative(x, y) ? kept(k) : .null
            }
            return tailCall(prelude("_dict_ior"), [x, y])
        default:
            break
        }
        return nil
    }

    // MARK: equality and ordering

    /// Set comparisons (set_richcompare); nil when guest comparisons are needed.
    func setCompareOrNil(_ kind: CompareKind, _ x: Word, _ y: Word) -> Bool? {
        guard ObjectRef(x).layout == LayoutID.set, ObjectRef(y).layout == LayoutID.set else { return nil }
        let nx = SetView(x).used, ny = SetView(y).used
        switch kind {
        case .eq, .ne:
            var r: Bool
            if nx != ny { r = false } else if let s = setIsSubsetOrNil(x, y) { r = s } else { return nil }
            return kind == .eq ? r : !r
        case .le: return setIsSubsetOrNil(x, y)
        case .ge: return setIsSubsetOrNil(y, x)
        case .lt: return nx >= ny ? false : setIsSubsetOrNil(x, y)
        case .gt: return nx <= ny ? false : setIsSubsetOrNil(y, x)
        }
    }

    /// set_issubset for two sets, or nil if a comparison needs guest code.
    func setIsSubsetOrNil(_ x: Word, _ y: Word) -> Bool? {
        let a = SetView(x)
        if a.used > SetView(y).used { return false }
        if nativeCompareDepth > 200 { return nil }
        nativeCompareDepth += 1
        defer { nativeCompareDepth -= 1 }
        for i in 0..<a.size where a.isLive(i) {
            switch setLookup(y, a.keyAt(i), hash: a.hashAt(i).smallIntValue) {
            case .found: continue
            case .absent: return false
            case .guest: return nil
            }
        }
        return true
    }

    /// dict == dict (dict_equal), or nil if guest comparisons are needed.
    func dictEqualOrNil(_ x: Word, _ y: Word) -> Bool? {
        let a = DictView(x), b = DictView(y)
        if a.used != b.used { return false }
        if nativeCompareDepth > 200 { return nil }
        nativeCompareDepth += 1
        defer { nativeCompareDepth -= 1 }
        for e in 0..<a.filled {
            let k = a.keyAt(e)
            if k.isNull { continue }
            switch dictLookup(y, k, hash: a.hashAt(e)) {
            case .found(let f):
                let av = a.valueAt(e), bv = b.valueAt(f)
                if av == bv { continue }
                guard let eq = nativeEqualOrNil(av, bv) else { return nil }
                if !eq { return false }
            case .absent: return false
            case .guest: return nil
            }
        }
        return true
    }

    /// Are all the dict's keys plain (see isPlainKey)?
    func dictKeysArePlain(_ dw: Word) -> Bool {
        let d = DictView(dw)
        for e in 0..<d.filled {
            let k = d.keyAt(e)
            if !k.isNull && !isPlainKey(k) { return false }
        }
        return true
    }

    // MARK: hashing

    /// CPython's tuplehash over hashes already computed.
    func tupleHash(_ hashes: [Int]) -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc: UInt64 = p5
        for h in hashes {
            acc = acc &+ UInt64(bitPattern: Int64(h)) &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(hashes.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    // MARK: list in place

    /// list *= n (list_inplace_repeat).
    func listInplaceRepeat(_ x: Word, _ times: Word) -> Word {
        guard let n0 = intValue(times) else {
            return raise(types.overflowError, "cannot fit 'int' into an index-sized integer")
        }
        let m = vsp
        let kl = keep(x)
        defer { release(to: m) }
        let c = ListView(x).count
        if n0 <= 0 || c == 0 {
            listSetCount(kept(kl), 0)
            return kept(kl)
        }
        if n0 == 1 { return kept(kl) }
        let (total, o) = c.multipliedReportingOverflow(by: n0)
        if o || total > (1 << 40) { raiseMemoryError(); return .null }
        guard listReserve(kl, total) else { return .null }
        let l = ListView(kept(kl))
        for k in c..<total { l[k] = l[k % c] }
        l.o.setRaw(ListField.length, UInt64(total))
        return kept(kl)
    }

    /// Shrinks (or, within capacity, grows with None) a list to `n` items.
    func listSetCount(_ lw: Word, _ n: Int) {
        let l = ListView(lw)
        let c = l.count
        if n < c { for k in n..<c { l[k] = .null } }
        else { for k in c..<n { l[k] = .none } }
        l.o.setRaw(ListField.length, UInt64(n))
    }
}

extension Runtime {
    /// Checks a method's arguments (self not counted) with CPython's wording: exactly
    /// one or none "takes exactly one argument (n given)" with the qualified name, a
    /// range "name expected at most k arguments, got n".
    func methodArgs(_ a: Args, _ qual: String, _ min: Int, _ max: Int, keywords: [String] = []) -> Bool {
        let n = positionalCount(a) - 1
        if a.kwnames.isNull && n >= min && n <= max { return true }
        let name = qual.split(separator: ".").last.map(String.init) ?? qual
        if !a.kwnames.isNull {
            let t = TupleView(a.kwnames)
            for k in 0..<t.count where !keywords.contains(StrView(t[k]).string) {
                if keywords.isEmpty { raise(types.typeError, "\(qual)() takes no keyword arguments") }
                else { raise(types.typeError, "\(name)() got an unexpected keyword argument '\(StrView(t[k]).string)'") }
                return false
            }
        }
        if n >= min && n <= max { return true }
        if min == max && min == 0 {
            raise(types.typeError, "\(qual)() takes no arguments (\(n) given)")
        } else if min == max && min == 1 && max == 1 {
            raise(types.typeError, "\(qual)() takes exactly one argument (\(n) given)")
        } else if min == max {
            raise(types.typeError, "\(name) expected \(min) arguments, got \(n)")
        } else if n < min {
            raise(types.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
        } else {
            raise(types.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
        return false
    }

    /// The positional arguments of a native call (self included) as an array, for
    /// handing them to the prelude.
    func positionalArgs(_ a: Args, from: Int = 0) -> [Word] {
        (from..<positionalCount(a)).map { arg(a, $0) }
    }

    /// Raises KeyError(key) (the key as the only argument, so tuples stay whole).
    @discardableResult
    func raiseKeyError(_ key: Word) -> Word {
        let m = keep(key)
        defer { release(to: m) }
        guard let t = newTuple(fromStack: m, count: 1), let e = newException(types.keyError, args: t) else { return .null }
        return setRaising(e)
    }
}
